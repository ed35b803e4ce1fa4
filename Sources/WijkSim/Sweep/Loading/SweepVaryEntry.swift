/// One member of a sweep file's `vary`: the parameter and its values or range, checked.
struct SweepVaryEntry: Sendable {
    /// What the entry gives.
    enum Form: Sendable, Equatable {
        /// A list of values (grid), in file order, distinct.
        case values([Double])
        /// `{"min": …, "max": …}` with min < max.
        case range(min: Double, max: Double)
    }

    /// The parameter, resolved against the base.
    var parameter: ResolvedParameter
    /// Where the key was written.
    var keyLocation: SourceLocation
    /// The key path of the entry in the sweep file: `vary.barriers.siloPenalty`.
    var sweepKeyPath: String
    var form: Form

    /// The factor this entry makes.
    var factor: SweepFactor {
        switch form {
        case .values(let values):
            SweepFactor(keyPath: parameter.keyPath.description, isInteger: parameter.isInteger,
                        low: values.min() ?? 0, high: values.max() ?? 0, gridValues: values)
        case .range(let min, let max):
            SweepFactor(keyPath: parameter.keyPath.description, isInteger: parameter.isInteger, low: min, high: max)
        }
    }
}

extension SweepSource {
    /// The members of `vary`, in file order; empty only for a points design without `vary`.
    func varyEntries(editor: ScenarioEditor, design: SweepDesignRequest, settings: SweepRunSettings) throws(ScenarioError) -> [SweepVaryEntry] {
        guard let vary = tree["vary"] else {
            if design.type == "points" { return [] }
            throw error(.invalidValue, at: tree.location, "vary", "expected an object of key paths to vary (such as \"barriers.siloPenalty\"), found none")
        }
        guard case .object(let members, _) = vary else {
            throw error(.wrongType, at: vary.location, "vary", "expected an object of key paths to vary (such as \"barriers.siloPenalty\"), found \(vary.messageDescription)")
        }
        guard !members.isEmpty else {
            throw error(.outOfRange, at: vary.location, "vary", "expected at least one parameter to vary, found none")
        }
        var entries: [SweepVaryEntry] = []
        var owners: [ParameterPath: String] = [:]
        for member in members {
            let keyPath = "vary." + MessageText.excerpt(member.key)
            let parameter = try resolve(member.key, at: member.keyLocation, keyPath, editor: editor, settings: settings)
            for leaf in parameter.leaves {
                if let owner = owners[leaf] {
                    throw error(.invalidValue, at: member.keyLocation, keyPath,
                                "expected a parameter no other factor sets, found \(leaf), which vary.\(owner) sets too")
                }
                owners[leaf] = MessageText.excerpt(member.key)
            }
            let form = try self.form(of: member.value, parameter: parameter, keyPath, design: design)
            entries.append(SweepVaryEntry(parameter: parameter, keyLocation: member.keyLocation, sweepKeyPath: keyPath, form: form))
        }
        return entries
    }

    /// A vary key or design column resolved against the base, located at `location`; the run's
    /// seed and replicates (and weeks, when the sweep sets them) are refused.
    func resolve(_ key: String, at location: SourceLocation, _ keyPath: String, editor: ScenarioEditor,
                 settings: SweepRunSettings, in file: String? = nil) throws(ScenarioError) -> ResolvedParameter {
        let parameter: ResolvedParameter
        do throws(ScenarioError) {
            parameter = try editor.resolve(key, file: file ?? path)
        } catch {
            throw ScenarioError(error.problem, at: location, orIn: file ?? path, keyPath: keyPath, message: error.message)
        }
        let reserved: [String: String] = ["run.seed": "seed", "run.replicates": "replicates"]
        if let owner = reserved[parameter.spec.keyPath] ?? (parameter.spec.keyPath == "run.weeks" && settings.weeks != nil ? "weeks" : nil) {
            throw ScenarioError(.invalidValue, at: location, orIn: file ?? path, keyPath: keyPath,
                                message: "expected a parameter the sweep does not set itself, found \(parameter.spec.keyPath), which the sweep's '\(owner)' sets")
        }
        return parameter
    }

    /// The list or range a vary entry gives, checked against the parameter and the design.
    private func form(of value: JSONValue, parameter: ResolvedParameter, _ keyPath: String, design: SweepDesignRequest) throws(ScenarioError) -> SweepVaryEntry.Form {
        let rangeText = "a range {\"min\": …, \"max\": …}"
        switch value {
        case .array(let elements, _):
            guard !design.takesRanges else {
                let purpose = design.type == "points" ? "bounding the points of a points design" : "for a \(design.type) design"
                throw error(.wrongType, at: value.location, keyPath, "expected \(rangeText) \(purpose), found a list; a list of values needs a grid design")
            }
            guard !elements.isEmpty else { throw error(.outOfRange, at: value.location, keyPath, "expected at least one value, found none") }
            var values: [Double] = []
            for (index, element) in elements.enumerated() {
                let number = try self.value(element, parameter: parameter, "\(keyPath)[\(index)]")
                if let first = values.firstIndex(of: number) {
                    throw error(.invalidValue, at: element.location, "\(keyPath)[\(index)]",
                                "expected values that differ, found \(element.messageDescription) again (first at \(keyPath)[\(first)])")
                }
                values.append(number)
            }
            return .values(values)
        case .object:
            guard design.takesRanges else {
                throw error(.wrongType, at: value.location, keyPath, "expected a list of values for a grid design, found a range; a range needs a latin-hypercube or morris design")
            }
            try checkKeys(value, allowed: ["min", "max"], prefix: keyPath)
            let minValue = try required("min", in: value, prefix: keyPath, expected: "the lowest value, \(parameter.spec.expectation)")
            let maxValue = try required("max", in: value, prefix: keyPath, expected: "the highest value, \(parameter.spec.expectation)")
            let low = try self.value(minValue, parameter: parameter, keyPath + ".min")
            let high = try self.value(maxValue, parameter: parameter, keyPath + ".max")
            guard low < high else {
                throw error(.invalidValue, at: maxValue.location, keyPath + ".max",
                            "expected a value greater than min (\(minValue.messageDescription)), found \(maxValue.messageDescription)")
            }
            return .range(min: low, max: high)
        default:
            let expected = design.takesRanges ? rangeText : "a list of values"
            throw error(.wrongType, at: value.location, keyPath, "expected \(expected), found \(value.messageDescription)")
        }
    }

    /// A value for `parameter` as written in the sweep file, in the loader's words when it is
    /// wrong: a number (switches also `true`/`false`), inside the allowed range, whole for integers.
    func value(_ value: JSONValue, parameter: ResolvedParameter, _ keyPath: String) throws(ScenarioError) -> Double {
        let number: Double
        switch value {
        case .number(let literal, _): number = literal.value
        case .bool(let flag, _) where parameter.isSwitch: number = flag ? 1 : 0
        default:
            throw error(.wrongType, at: value.location, keyPath, "expected \(parameter.spec.expectation), found \(value.messageDescription)")
        }
        if case .number(let literal, _) = value, !parameter.isSwitch, let (problem, message) = parameter.spec.problem(with: .number(literal, value.location)) {
            throw error(problem, at: value.location, keyPath, message)
        }
        if case .failure(let issue) = parameter.leaf(for: number) {
            throw error(issue.problem, at: value.location, keyPath, issue.message)
        }
        return number
    }
}
