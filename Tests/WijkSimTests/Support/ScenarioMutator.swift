import Foundation
@testable import WijkSim

/// One fuzz case: files to write (relative to the case folder) and the file to load.
struct FuzzCase {
    /// Relative path → content.
    var files: [(path: String, bytes: [UInt8])] = []
    /// The file to load: relative to the case folder, or absolute (`/dev/null`).
    var load: String
    /// What was done, for the report of a failing case.
    var summary: [String] = []
}

/// A small deterministic mutator of scenario files, for ``ScenarioFuzzTests``.
///
/// A case starts from a real file of `Scenarios/` (written next to the original,
/// so relative `extends` still resolve) or from a generated scenario, and applies
/// one to three mutations: truncation, byte noise (invalid UTF-8, NUL), a node
/// replaced by a boundary value (0, −1, 2^31, 2^53, 2^63, 2^64, 1e308, −0,
/// `NaN`-like text, huge literals), type swaps, unknown and enormous keys, deep
/// nesting, enormous arrays and strings, `extends` to chains, cycles, folders and
/// devices, many neighbourhoods, departments and connectors, huge populations,
/// extreme run settings and names that cannot be a folder name.
struct ScenarioMutator {
    /// Real scenario files: path relative to the package root's `Scenarios/` → bytes.
    let seeds: [(path: String, bytes: [UInt8])]

    static let here = SourceLocation(file: "fuzz", line: 1, column: 1)

    /// Boundary and hostile number literals (some are not valid JSON on purpose).
    static let numberLiterals = [
        "0", "-1", "1", "2", "63", "64", "65", "100", "520", "5200", "5201", "32767", "32768", "65535",
        "2147483647", "2147483648", "-2147483649", "4294967296", "9007199254740992", "9007199254740993",
        "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
        "1e308", "-1e308", "1.7976931348623157e308", "1e309", "1e400", "-0", "-0.0", "0.0", "0.5", "1e-320",
        "4.9e-324", "10000000", "10000001", "1e7", "1e9", "1.5", "-5", "NaN", "Infinity", "-Infinity",
        "nan", "0x10", "01", "1.", ".5", "+1", "1e", String(repeating: "9", count: 400),
        "0." + String(repeating: "0", count: 400) + "1",
    ]

    /// Hostile strings (JSON-escaped when written).
    static let strings = [
        "", ".", "..", "a/b", "/", "a\u{0}b", "name with spaces", "ü", "Wijkzaken", "Wijkzakken", "Noord",
        "Centrum", "baseline", String(repeating: "x", count: 255), String(repeating: "x", count: 256),
        String(repeating: "y", count: 300), String(repeating: "z", count: 40_000), "\u{FEFF}", "\u{1F600}",
        String(repeating: "é", count: 200),
    ]

    /// Targets for `extends` (relative to the case file's folder unless absolute).
    static let extendsTargets = [
        "baseline.json", "../baseline.json", "katwijk.json", "interventions", "interventions/training.json",
        "/dev/null", "/nonexistent/x.json", "", "./fuzz-case.json", "fuzz-case.json", "sub/../baseline.json",
        String(repeating: "a", count: 300) + ".json", "a\u{0}b.json", "/", ".", "..", "/tmp",
    ]

    /// A case from `seed`.
    func makeCase(seed: UInt64) -> FuzzCase {
        var random = FuzzRandom(seed: seed)
        var fuzzCase: FuzzCase
        var bytes: [UInt8]
        if random.chance(0.6) {
            let source = random.pick(seeds)
            let folder = (source.path as NSString).deletingLastPathComponent
            fuzzCase = FuzzCase(load: folder.isEmpty ? "fuzz-case.json" : folder + "/fuzz-case.json", summary: ["from \(source.path)"])
            bytes = source.bytes
        } else {
            fuzzCase = FuzzCase(load: "fuzz-case.json", summary: ["generated"])
            bytes = Array(Self.generated(&random).utf8)
        }
        if random.chance(0.35) {
            bytes = inRange(bytes, case: &fuzzCase, random: &random)
        } else {
            for _ in 0..<random.int(in: 1...3) {
                bytes = mutate(bytes, case: &fuzzCase, random: &random)
            }
        }
        fuzzCase.files.append((fuzzCase.load, bytes))
        return fuzzCase
    }

    // MARK: Mutations

    private func mutate(_ bytes: [UInt8], case fuzzCase: inout FuzzCase, random: inout FuzzRandom) -> [UInt8] {
        let kind = random.weighted([6, 6, 30, 8, 6, 10, 3, 6, 5, 4, 8])
        switch kind {
        case 0:
            let cut = random.below(bytes.count + 1)
            fuzzCase.summary.append("truncate at \(cut)")
            return Array(bytes.prefix(cut))
        case 1:
            fuzzCase.summary.append("byte noise")
            return Self.noise(bytes, &random)
        default:
            guard var tree = try? JSONParser.parse(bytes, file: "fuzz"), tree.isContainer else {
                fuzzCase.summary.append("byte noise (no tree)")
                return Self.noise(bytes, &random)
            }
            switch kind {
            case 2:
                let path = Self.randomPath(in: tree, &random)
                let value = Self.interestingValue(&random)
                fuzzCase.summary.append("replace \(path) with \(String(JSONWriter.compact(value).prefix(40)))")
                tree = Self.replacing(at: path[...], in: tree, with: value)
            case 3:
                let path = Self.randomPath(in: tree, &random)
                fuzzCase.summary.append("type swap at \(path)")
                tree = Self.replacing(at: path[...], in: tree, with: Self.swapped(Self.node(at: path[...], in: tree), &random))
            case 4:
                let key = random.pick(["barrers", "Run", "extends2", "seed", "x", String(repeating: "k", count: 40_000),
                                       "weeks", "population", "name", "\u{0}", "neighbourhoods"])
                let path = Self.randomPath(in: tree, &random, objectsOnly: true)
                fuzzCase.summary.append("add key \(String(key.prefix(20))) at \(path)")
                tree = Self.adding(key: key, value: Self.interestingValue(&random), at: path[...], in: tree)
            case 5:
                tree = Self.extending(tree, case: &fuzzCase, &random)
            case 6:
                fuzzCase.summary.append("big collections")
                tree = Self.setting(["municipality", "neighbourhoods"], in: tree, to: Self.neighbourhoods(&random))
                if random.chance(0.5) { tree = Self.setting(["departments"], in: tree, to: Self.departments(count: random.pick([1, 6, 64, 65, 200]))) }
                if random.chance(0.3) { tree = Self.setting(["connectors"], in: tree, to: Self.connectors(count: random.pick([0, 1, 100, 32768]), &random)) }
            case 7:
                let population = random.pick(["10000000", "2147483647", "1000000", "1"])
                let count = random.pick([1, 2, 215, 216, 300])
                fuzzCase.summary.append("\(count) neighbourhoods of \(population)")
                let hoods = (0..<count).map { Self.object(["name": .string("h\($0)", Self.here), "population": Self.number(population)]) }
                tree = Self.setting(["municipality", "neighbourhoods"], in: tree, to: .array(hoods, Self.here))
                tree = Self.setting(["residents", "requestsPerYear"], in: tree, to: Self.number(random.pick(["52", "0", "1", "0.06"])))
                tree = Self.setting(["run", "weeks"], in: tree, to: Self.number(random.pick(["5200", "104", "1"])))
            case 8:
                let name = random.pick(Self.strings)
                fuzzCase.summary.append("name \(String(name.prefix(20)))")
                tree = Self.setting(["name"], in: tree, to: .string(name, Self.here))
            case 9:
                let path = Self.randomPath(in: tree, &random)
                fuzzCase.summary.append("enormous value at \(path)")
                tree = Self.replacing(at: path[...], in: tree, with: Self.enormous(&random))
            default:
                let key = random.pick(["weeks", "warmupWeeks", "replicates", "seed"])
                let value = Self.number(random.pick(Self.numberLiterals))
                fuzzCase.summary.append("run.\(key) = \(JSONWriter.compact(value).prefix(30))")
                tree = Self.setting(["run", key], in: tree, to: value)
            }
            return Array((random.chance(0.5) ? JSONWriter.compact(tree) : JSONWriter.pretty(tree, sortKeys: false)).utf8)
        }
    }

    private static func noise(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var bytes = bytes
        let hostile: [UInt8] = [0x00, 0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x0A, 0x0D, 0x20]
        for _ in 0..<random.int(in: 1...8) {
            let at = random.below(bytes.count + 1)
            switch random.below(4) {
            case 0: bytes.insert(random.pick(hostile), at: at)
            case 1: if at < bytes.count { bytes[at] = random.pick(hostile) }
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + random.int(in: 1...50)))
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + random.int(in: 1...200))], at: at)
            }
        }
        if random.chance(0.05) { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        return bytes
    }

    private static func extending(_ tree: JSONValue, case fuzzCase: inout FuzzCase, _ random: inout FuzzRandom) -> JSONValue {
        let folder = (fuzzCase.load as NSString).deletingLastPathComponent
        let prefix = folder.isEmpty ? "" : folder + "/"
        switch random.below(3) {
        case 0:
            let target = random.pick(extendsTargets)
            fuzzCase.summary.append("extends \(String(target.prefix(30)))")
            return setting(["extends"], in: tree, to: .string(target, here))
        case 1:
            let length = random.pick([1, 2, 10, 62, 63, 64, 65, 66])
            let last = random.pick(["baseline.json", "../baseline.json", "fuzz-chain-0.json", "fuzz-case.json", "/dev/null"])
            fuzzCase.summary.append("extends chain of \(length) ending in \(last)")
            for index in 0..<length {
                let next = index + 1 < length ? "fuzz-chain-\(index + 1).json" : last
                let body = index % 7 == 3 ? #"{"extends": "\#(next)", "barriers": {"siloPenalty": 0.3}}"# : #"{"extends": "\#(next)"}"#
                fuzzCase.files.append((prefix + "fuzz-chain-\(index).json", Array(body.utf8)))
            }
            return setting(["extends"], in: tree, to: .string("fuzz-chain-0.json", here))
        default:
            let bad = random.pick([#"{"barriers": {"siloPenalty": 2}}"#, "{,}", "[1]", #"{"extends": 3}"#, #"{"departments": []}"#,
                                   #"{"connectors": [{"homeDepartment": "Parks"}]}"#, "", "\u{FF}"])
            fuzzCase.summary.append("extends a bad parent \(bad.prefix(30))")
            fuzzCase.files.append((prefix + "fuzz-parent.json", Array(bad.utf8)))
            return setting(["extends"], in: tree, to: .string("fuzz-parent.json", here))
        }
    }

    /// One to four leaves set to values inside their catalog range, boundaries
    /// first: such files should load, and then they must run.
    private func inRange(_ bytes: [UInt8], case fuzzCase: inout FuzzCase, random: inout FuzzRandom) -> [UInt8] {
        guard var tree = try? JSONParser.parse(bytes, file: "fuzz") else { return bytes }
        for _ in 0..<random.int(in: 1...4) {
            var path: [Step] = []
            var node = tree
            while true {
                var children: [(Step, JSONValue)] = []
                switch node {
                case .object(let members, _): children = members.enumerated().map { (.member($0, $1.key), $1.value) }
                case .array(let elements, _): children = elements.enumerated().map { (.element($0), $1) }
                default: break
                }
                guard !children.isEmpty else { break }
                let (step, child) = children[random.below(children.count)]
                path.append(step)
                node = child
            }
            let keyPath = path.map { step -> String in
                switch step {
                case .member(_, let key): "." + key
                case .element(let index): "[\(index)]"
                }
            }.joined().drop { $0 == "." }
            guard let spec = ParameterCatalog.spec(for: String(keyPath)), let value = Self.value(in: spec.kind, &random) else { continue }
            fuzzCase.summary.append("in range \(keyPath) = \(JSONWriter.compact(value).prefix(30))")
            tree = Self.replacing(at: path[...], in: tree, with: value)
        }
        return Array(JSONWriter.pretty(tree, sortKeys: false).utf8)
    }

    /// A value inside `kind`, a boundary half the time.
    static func value(in kind: ParameterSpec.Kind, _ random: inout FuzzRandom) -> JSONValue? {
        switch kind {
        case .number(let min, let max, let minExclusive):
            let top = max.isFinite ? max : 1.7976931348623157e308
            let low = minExclusive ? min.nextUp : min
            let middle = low + (top - low) * Double(random.below(1001)) / 1000
            let candidates = [low, top, middle, low.nextUp, top.nextDown, Swift.min(top, 1), Swift.min(top, low + 1e-9), Swift.min(top, 1e6)]
            let chosen = random.pick(candidates)
            return .number(JSONNumber(value: chosen, isIntegerLiteral: false, literal: "\(chosen)"), here)
        case .integer(let min, let max):
            let values = [min, max, Swift.min(max, min + 1), Swift.max(min, max - 1), (min + (max - min) * Double(random.below(101)) / 100).rounded(.down)]
            let chosen = random.pick(values)
            return number(chosen < 0 ? String(Int64(chosen)) : String(UInt64(chosen)))
        case .bool:
            return .bool(random.chance(0.5), here)
        case .choice(let options):
            return .string(random.pick(options), here)
        case .string:
            return nil
        }
    }

    // MARK: Values

    static func number(_ literal: String) -> JSONValue {
        .number(JSONNumber(value: Double(literal) ?? 0, isIntegerLiteral: !literal.contains("."), literal: literal), here)
    }

    static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { JSONMember(key: $0.key, keyLocation: here, value: $0.value) }, here)
    }

    static func interestingValue(_ random: inout FuzzRandom) -> JSONValue {
        switch random.weighted([10, 4, 2, 2, 2, 1]) {
        case 0: number(random.pick(numberLiterals))
        case 1: .string(random.pick(strings), here)
        case 2: .bool(random.chance(0.5), here)
        case 3: .null(here)
        case 4: random.chance(0.5) ? .array([], here) : .object([], here)
        default: .array((0..<random.int(in: 1...5)).map { _ in number(random.pick(numberLiterals)) }, here)
        }
    }

    static func enormous(_ random: inout FuzzRandom) -> JSONValue {
        switch random.below(4) {
        case 0:
            var value = JSONValue.array([], here)
            for _ in 0..<random.pick([100, 511, 512, 600]) { value = .array([value], here) }
            return value
        case 1: return .array((0..<random.pick([1000, 70_000])).map { number(String($0 % 7)) }, here)
        case 2: return .string(String(repeating: "w", count: random.pick([10_000, 100_000])), here)
        default:
            return .object((0..<random.pick([100, 5000])).map { JSONMember(key: "k\($0)", keyLocation: here, value: .null(here)) }, here)
        }
    }

    static func swapped(_ value: JSONValue, _ random: inout FuzzRandom) -> JSONValue {
        switch value {
        case .object(let members, _): random.chance(0.5) ? .array(members.map(\.value), here) : .string("object", here)
        case .array(let elements, _):
            random.chance(0.5) ? .object(elements.enumerated().map { JSONMember(key: "\($0)", keyLocation: here, value: $1) }, here) : number("1")
        case .number(let n, _): .string(n.literal, here)
        case .string(let text, _): random.chance(0.5) ? number(text.isEmpty ? "0" : "1") : .array([.string(text, here)], here)
        case .bool(let flag, _): random.chance(0.5) ? number(flag ? "1" : "0") : .string("\(flag)", here)
        case .null: .object([], here)
        }
    }

    static func neighbourhoods(_ random: inout FuzzRandom) -> JSONValue {
        let count = [0, 1, 2, 5, 64, 1000, 32767, 32768][random.weighted([6, 20, 20, 20, 10, 6, 1, 1])]
        let population = random.pick(["1", "10", "1000", "10000000", "0"])
        return .array((0..<count).map { index in
            object(["name": .string(index % 997 == 5 && random.chance(0.3) ? "h0" : "h\(index)", here), "population": number(population)])
        }, here)
    }

    static func departments(count: Int) -> JSONValue {
        .array((0..<count).map { object(["name": .string($0 == 0 ? "Wijkzaken" : "d\($0)", here)]) }, here)
    }

    static func connectors(count: Int, _ random: inout FuzzRandom) -> JSONValue {
        let served: JSONValue = .array(random.chance(0.5) ? [] : [.string(random.pick(["h0", "Noord", "nowhere"]), here)], here)
        return .array((0..<count).map { _ in object(["neighbourhoods": served]) }, here)
    }

    /// A partial scenario, mostly small enough to run: a few neighbourhoods, departments and connectors.
    static func generated(_ random: inout FuzzRandom) -> String {
        let hoods = random.chance(0.9) ? random.int(in: 1...6) : random.pick([64, 1000])
        let departments = random.chance(0.85) ? random.int(in: 1...6) : random.pick([63, 64, 65])
        let shares = random.int(in: 1...min(3, departments))
        let hoodList = (0..<hoods).map { #"{"name": "h\#($0)", "population": \#(random.int(in: 1...(random.chance(0.8) ? 300 : 20_000))), "cohesion": \#(Double(random.below(101)) / 100)}"# }
        let departmentList = (0..<departments).map { #"{"name": "d\#($0)", "hoursPerWeek": \#(random.pick([0, 1, 40, 10000])), "plansPerYear": \#(random.pick([0, 4, 520]))}"# }
        let connectorList = (0..<random.int(in: 0...4)).map { _ in
            let served = (0..<random.int(in: 0...2)).map { _ in #""h\#(random.below(hoods))""# }.joined(separator: ", ")
            return #"{"neighbourhoods": [\#(served)], "homeDepartment": "d\#(random.below(departments))", "hoursPerWeek": \#(random.pick([0, 8, 80])), "startWeek": \#(random.pick([0, 2, 5200]))}"#
        }
        let shareList = Array(repeating: "\(1.0 / Double(shares))", count: shares).joined(separator: ", ")
        let patience = random.pick(["1e-300", "0.001", "8", "1e308"])
        return """
        {
          "name": "gen-\(random.below(1000))",
          "run": {"weeks": \(random.int(in: 1...8)), "warmupWeeks": \(random.pick([0, 1, 3])), "replicates": 1, "seed": \(random.next() >> 1)},
          "municipality": {"neighbourhoods": [\(hoodList.joined(separator: ", "))]},
          "departments": [\(departmentList.joined(separator: ", "))],
          "connectors": [\(connectorList.joined(separator: ", "))],
          "requests": {"departmentCountShares": [\(shareList)], "stallWeeks": \(random.pick([1, 8, 520]))},
          "residents": {"requestsPerYear": \(random.pick([0, 0.06, 5, 52])), "maxOpenRequests": \(random.pick([1, 2, 100])), "trustSpread": 0,
                        "patienceWeeks": {"question": \(patience), "signal": \(patience), "initiative": \(patience), "conflict": \(patience)}},
          "council": {"electionIntervalWeeks": \(random.pick([0, 1, 5200])), "meetingIntervalWeeks": \(random.pick([1, 52]))},
          "interventions": {"transitionManager": {"enabled": \(random.chance(0.5)), "startWeek": 0, "departmentsPerWeek": \(random.pick([1, 100]))},
                            "integralTable": {"enabled": \(random.chance(0.5)), "startWeek": 0},
                            "noConnectors": {"enabled": \(random.chance(0.2)), "startWeek": 1}}
        }
        """
    }
}
