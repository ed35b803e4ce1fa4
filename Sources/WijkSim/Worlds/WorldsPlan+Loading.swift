import Foundation

extension WorldsPlan {
    /// Loads the scenarios of `setup`, chooses the factors, draws the worlds and checks every
    /// world's scenarios (unless `checksEveryWorld` is `false`, as for a merge that only needs
    /// the hash).
    ///
    /// Every scenario runs with the base's run section, with `replicates`, `seed` and `weeks`
    /// of `setup` (as `wijksim compare` does).
    /// - Throws: ``ScenarioError`` for a scenario or posterior file (65, 66), or a world that
    ///   breaks a cross-field rule; ``WorldsError`` for worlds that cannot be drawn.
    public static func load(_ setup: Setup, checksEveryWorld: Bool = true) throws -> WorldsPlan {
        var loaded = [try ScenarioLoader.resolve(path: setup.baseFile)]
        for path in setup.variantFiles { loaded.append(try ScenarioLoader.resolve(path: path)) }
        var settings = loaded[0].scenario.run
        settings.replicates = setup.replicates
        if let seed = setup.seed { settings.seed = seed }
        if let weeks = setup.weeks { settings.weeks = weeks }
        for index in loaded.indices {
            loaded[index].scenario.run = settings
            loaded[index].resolvedJSON = ScenarioLoader.resolvedJSON(loaded[index].scenario)
            try loaded[index].scenario.checkRunFits(file: index == 0 ? setup.baseFile : setup.variantFiles[index - 1], jobs: 1)
        }
        let scenarios = loaded.map(\.scenario)
        let base = scenarios[0]
        let editor = ScenarioEditor(base)

        var factors: [WorldFactor]
        var parameters: [ResolvedParameter] = []
        var values: [Double]
        var unit: [Double]
        let source: Source
        let design: SweepDesign
        var designSeed: UInt64?
        if let file = setup.posteriorFile {
            let table = try WorldsPosterior.read(path: file, editor: editor)
            let rows = setup.worlds ?? table.rowCount
            guard rows <= table.rowCount else {
                throw WorldsError(.usage, "--worlds \(rows): '\(file)' has \(table.rowCount) accepted parameter set\(table.rowCount == 1 ? "" : "s"); give at most that many worlds, or leave --worlds out to use every row")
            }
            let k = table.parameters.count
            parameters = table.parameters
            values = Array(table.values[0..<(rows * k)])
            factors = table.parameters.enumerated().map { j, parameter in
                let column = stride(from: j, to: values.count, by: k).map { values[$0] }
                return WorldFactor(keyPath: parameter.keyPath.description, label: label(of: parameter, tree: editor.tree),
                                   low: column.min()!, high: column.max()!, isInteger: parameter.isInteger)
            }
            unit = values.indices.map { factors[$0 % k].sweepFactor.unit(of: values[$0]) }
            source = .posterior(file: file, rows: rows)
            design = .points
        } else {
            let worlds = setup.worlds ?? 1
            factors = try WorldFactorSelection.factors(base: base, variants: Array(scenarios.dropFirst()))
            guard !factors.isEmpty else {
                throw WorldsError(.data, "'\(setup.baseFile)': no assumed parameter with a plausible range to vary between worlds")
            }
            for factor in factors { parameters.append(try editor.resolve(factor.keyPath, file: setup.baseFile)) }
            let seed = hypercubeSeed(master: settings.seed)
            unit = LatinHypercube.unitPoints(points: worlds, dimensions: factors.count, seed: seed)
            let k = factors.count
            values = unit.indices.map { factors[$0 % k].sweepFactor.value(atUnit: unit[$0]) }
            source = .hypercube(worlds: worlds, seed: seed)
            design = .latinHypercube(points: worlds)
            designSeed = seed
        }
        let pointCount = values.count / factors.count
        let sweep = SweepPlan(
            name: "worlds", file: setup.baseFile, base: base, factors: factors.map(\.sweepFactor), design: design,
            replicates: setup.replicates, seed: settings.seed, pointCount: pointCount, notes: [], resolvedJSON: "", hash: "",
            designSeed: designSeed, pointValues: values, unitPoints: unit, morrisChanges: [],
            template: ScenarioTemplate(base: base, tree: editor.tree, parameters: parameters))
        var plan = WorldsPlan(setup: setup, scenarios: scenarios, loaded: loaded, factors: factors, source: source,
                              design: sweep, replicates: setup.replicates, seed: settings.seed, resolvedJSON: "", hash: "",
                              variantTemplates: scenarios.dropFirst().map { variantTemplate($0, base: editor, parameters: parameters) })
        plan.headlineMetric = headline(weeks: settings.weeks, scenarios: scenarios, factors: factors)
        plan.resolvedJSON = WorldsResolvedJSON.text(of: plan)
        plan.hash = SHA256.hex(plan.resolvedJSON)
        if checksEveryWorld {
            for world in 0..<plan.worldCount { _ = try plan.scenarios(forWorld: world) }
        }
        return plan
    }

    /// The hypercube's seed, derived from the master seed and a fixed stream name so that
    /// the worlds change with `--seed` but not with anything else.
    static func hypercubeSeed(master: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: master ^ 0x574F_524C_4453_4C48)   // "WORLDSLH"
        _ = mixer.next()
        return mixer.next()
    }

    /// The template of `variant`: each factor's leaves where the variant holds the base's
    /// value (``WorldsPlan`` says why the others are left alone).
    static func variantTemplate(_ variant: Scenario, base: ScenarioEditor,
                                parameters: [ResolvedParameter]) -> (template: ScenarioTemplate, factorOfParameter: [Int]) {
        let editor = ScenarioEditor(variant)
        var kept: [ResolvedParameter] = []
        var factorOfParameter: [Int] = []
        for (j, parameter) in parameters.enumerated() {
            guard let own = try? editor.resolve(parameter.keyPath.description, file: "<variant>") else { continue }
            let leaves = own.leaves.filter { leaf in
                guard parameter.leaves.contains(leaf) else { return false }
                let one = ResolvedParameter(keyPath: parameter.keyPath, spec: parameter.spec, leaves: [leaf])
                let mine = editor.values(of: one), theirs = base.values(of: one)
                return !mine.isEmpty && mine == theirs
            }
            guard !leaves.isEmpty else { continue }
            kept.append(ResolvedParameter(keyPath: parameter.keyPath, spec: parameter.spec, leaves: leaves))
            factorOfParameter.append(j)
        }
        return (ScenarioTemplate(base: variant, tree: editor.tree, parameters: kept), factorOfParameter)
    }

    /// A posterior column's label: the catalog meaning, with the element's name for one element.
    static func label(of parameter: ResolvedParameter, tree: JSONValue) -> String {
        let meaning = WorldFactorSelection.shortMeaning(parameter.spec.meaning)
        let text = parameter.keyPath.description
        guard let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"),
              let index = Int(text[text.index(after: open)..<close]) else { return meaning }
        let list = String(text[..<open])
        return WorldFactorSelection.elementName(list: list, index: index, tree: tree).map { meaning + " (" + $0 + ")" } ?? meaning
    }
}
