import Foundation

/// An estimate of what one run of a scenario needs: requests, peak memory and work.
///
/// Built from the counts and per-item byte sizes of the engine's stores
/// (``World``): residents (4 bytes and two bits each, plus a 24-byte record, with room to
/// double, for every resident who has a candidate ask or a call-in), the request store the engine reserves
/// up front (`residents · requestsPerYear · (warmupWeeks + weeks) / 52 · 1.2 + 64`
/// requests of `MemoryLayout<Request>.stride` bytes, plus 4 bytes each for the
/// renumbering table of a compaction), the weekly calendar and metrics, the
/// connectors' neighbourhood lists and ties, times the replicates that run at once,
/// plus the buffered results of the batch window. It is an estimate, not a bound
/// on every allocation; it is meant to refuse, before anything is written, runs
/// that cannot fit, and to leave every run that fits alone.
struct RunFootprint: Sendable, Equatable {
    /// Residents in one replicate.
    var residents: Double
    /// Weeks simulated, warm-up included.
    var totalWeeks: Int
    /// Mean candidate asks plus department plans over the run, with a 20 % margin:
    /// an upper estimate of the requests one replicate raises (count).
    var requests: Double
    /// Requests the engine reserves room for at the start of a replicate (count).
    var reservedRequests: Double
    /// Replicates that run at the same time: min(jobs, replicates).
    var concurrentReplicates: Int
    /// Bytes one replicate holds at its peak (estimate).
    var bytesPerReplicate: Double
    /// Bytes of the residents' arrays within ``bytesPerReplicate``.
    var residentBytes: Double
    /// Bytes of the request store within ``bytesPerReplicate``.
    var requestBytes: Double
    /// Bytes of the whole run at its peak: replicates at once and buffered results (estimate).
    var peakBytes: Double
    /// Rough work units of one replicate (resident draws, requests, per-week loops);
    /// about 10^7 units take a second in a release build.
    var work: Double

    /// Per resident: the record slot (Int32) and the two awareness bits.
    static let bytesPerResident = 4.25
    /// Per record (a resident the model touched: id, neighbourhood, trust now and at the start,
    /// ask rate, open requests, status, calendar link), twice for the room an array keeps to grow.
    static let bytesPerRecord = 2.0 * 24
    /// Per stored request, plus its slot in a compaction's renumbering table.
    static let bytesPerRequest = Double(MemoryLayout<Request>.stride + 4)

    /// The estimate for `scenario` run with `jobs` worker threads.
    init(_ scenario: Scenario, jobs: Int) {
        let hoods = scenario.municipality.neighbourhoods
        residents = hoods.reduce(0.0) { $0 + Double(max(0, $1.population)) }
        totalWeeks = max(0, scenario.run.warmupWeeks) + max(0, scenario.run.weeks)
        let years = Double(totalWeeks) / 52
        let p = scenario.residents
        let plans = scenario.departments.reduce(0.0) { $0 + max(0, $1.plansPerYear) } * years
        requests = (residents * max(0, p.requestsPerYear) * (1 + max(0, p.trustEffectOnAsking)) * years + plans) * 1.2
        reservedRequests = (residents * max(0, p.requestsPerYear) * years * 1.2).rounded(.down) + 64
        concurrentReplicates = max(1, min(jobs, scenario.run.replicates))

        let departments = Double(scenario.departments.count)
        let served = scenario.connectors.reduce(0.0) {
            $0 + Double($1.neighbourhoods.isEmpty ? hoods.count : $1.neighbourhoods.count)
        }
        let connectorBytes = Double(scenario.connectors.count) * (256 + departments * 8) + served * 16
        let weeklyBytes = Double(max(0, scenario.run.weeks)) * Double(MetricCatalog.weeklyNames.count) * 8
        let calendarBytes = Double(totalWeeks + 1) * (4 + 4 * 8)
        // Records: residents with a first candidate ask within the horizon (the Gamma-mixed
        // survival (1 + λ₀T/k)^(−k), docs/ODD.md §3.2), plus at most one per plan (call-ins).
        let rate = max(0, p.requestsPerYear) / 52 * (1 + max(0, p.trustEffectOnAsking))
        let shape = max(1e-9, p.activityShape)
        let asking = 1 - PortableMath.exp(-shape * PortableMath.log1p(rate * Double(totalWeeks) / shape))
        let records = min(residents, residents * asking + plans)
        residentBytes = residents * Self.bytesPerResident + records * Self.bytesPerRecord + Double(hoods.count + 1) * 4
        requestBytes = max(reservedRequests, min(requests, residents * 100 + plans)) * Self.bytesPerRequest
        bytesPerReplicate = residentBytes + requestBytes + connectorBytes + weeklyBytes + calendarBytes
            + Double(hoods.count) * 64 + departments * 512 + 1_048_576
        let resultBytes = weeklyBytes + Double(MetricCatalog.scalarNames.count) * 8
        peakBytes = Double(concurrentReplicates) * bytesPerReplicate + Double(8 * concurrentReplicates) * resultBytes
        work = residents * 4 + requests * 50
            + Double(totalWeeks) * (Double(hoods.count) + Double(scenario.connectors.count) * (8 + departments) + departments * 4 + served)
    }

    /// `bytes` for a message: `512.0 MiB`, `23.4 GiB`.
    static func format(bytes: Double) -> String {
        let mebibytes = bytes / 1_048_576
        if mebibytes < 1024 { return String(format: "%.1f MiB", mebibytes) }
        return String(format: "%.1f GiB", mebibytes / 1024)
    }

    /// A count for a message: exact below 10^15, else `1.2e+18`.
    static func format(count: Double) -> String {
        count < 1e15 ? String(Int64(count.rounded())) : String(format: "%.2g", count)
    }
}
