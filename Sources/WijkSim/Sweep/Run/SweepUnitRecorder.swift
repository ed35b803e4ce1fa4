/// Streams a sweep's unit files: `units.csv` as replicates arrive and, after a point's last
/// replicate, that point's rows of `units-summary.csv` (columns in ``SweepFiles``).
///
/// A row is the row `wijksim run` of the point writes (``UnitRecorder``: the same labels in
/// ``UnitLayout`` order, the same number formatting, the same `n, mean, sd, ci_low, ci_high`)
/// with the point's number in place of the scenario's name, so the rows of point p after
/// their first field are byte for byte those of `wijksim run` of
/// ``SweepPlan/scenario(forPoint:)`` (tested).
///
/// The layout is the base scenario's: a sweep varies numbers only, never the lists of
/// neighbourhoods, connectors or departments nor their names, so every point has it.
///
/// Memory: one ``RunningStatistics`` per unit metric of one point, cleared when the point's
/// summary is written, and the labels; it grows with neither points nor replicates.
/// Feed replicates in point-major, replicate order (``BatchRunner`` delivers them so).
final class SweepUnitRecorder {
    /// The writer of `units.csv`.
    let units: CSVWriter
    /// The writer of `units-summary.csv`.
    let summary: CSVWriter
    /// `unit_type`, `unit`, `metric` of every slot of the layout, in order.
    private let labels: [[String]]
    /// The current point's statistics, one per slot.
    private var statistics: [RunningStatistics]

    /// A recorder writing into `units` and `summary` (already open, positioned at their ends).
    init(layout: UnitLayout, units: CSVWriter, summary: CSVWriter) {
        self.units = units
        self.summary = summary
        labels = UnitRecorder.labels(of: .init(name: "", layout: layout))
        statistics = Array(repeating: RunningStatistics(), count: labels.count)
    }

    /// Writes both headers (a fresh folder).
    func writeHeaders() throws(OutputError) {
        try units.writeRow(SweepFiles.unitsHeader)
        try summary.writeRow(SweepFiles.unitsSummaryHeader)
    }

    /// Appends replicate `replicate` of point `point`: one `units.csv` row per slot of `values`
    /// (``ReplicateResult/units``), and adds them to the point's statistics.
    func record(point: Int, replicate: Int, values: [Double]) throws(OutputError) {
        precondition(values.count == labels.count,
                     "point \(point): \(values.count) unit values, expected \(labels.count) (the base scenario's layout)")
        let point = String(point), replicate = String(replicate)
        for (slot, value) in values.enumerated() {
            let label = labels[slot]
            try units.writeRow([point, replicate, label[0], label[1], label[2], CSVWriter.format(value)])
            statistics[slot].add(value)
        }
    }

    /// Writes point `point`'s `units-summary.csv` rows and clears the statistics for the next point.
    func finishPoint(_ point: Int) throws(OutputError) {
        let number = String(point)
        for (slot, stats) in statistics.enumerated() {
            try summary.writeRow([number] + labels[slot] + UnitRecorder.summaryFields(stats))
        }
        for slot in statistics.indices { statistics[slot] = RunningStatistics() }
    }

    /// Writes out both buffers.
    func flush() throws(OutputError) {
        try units.flush()
        try summary.flush()
    }

    /// Flushes and closes both files.
    func close() throws(OutputError) {
        try units.close()
        try summary.close()
    }

    /// The sizes of `units.csv` and `units-summary.csv` once flushed, for the completion log.
    var sizes: (UInt64, UInt64) { (units.bytesWritten, summary.bytesWritten) }
}
