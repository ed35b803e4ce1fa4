/// A sweep file being read: its tree and the helpers that check its values and locate errors.
struct SweepSource: Sendable {
    /// The sweep file, as the user named it.
    let path: String
    /// Its JSON, an object.
    let tree: JSONValue

    /// Reads and parses `path`.
    /// - Throws: ``ScenarioError``: missing or unreadable (exit 66), invalid JSON, not an object.
    init(path: String) throws(ScenarioError) {
        let bytes = try ScenarioFileReader.contents(of: path, note: "", what: "sweep file")
        let tree: JSONValue
        do throws(JSONSyntaxError) {
            tree = try JSONParser.parse(bytes, file: path)
        } catch {
            throw ScenarioError(.invalidJSON, file: path, line: error.line, column: error.column, message: "invalid JSON: \(error.message)")
        }
        guard case .object = tree else {
            throw ScenarioError(.wrongType, at: tree.location, orIn: path, keyPath: "", message: "expected a JSON object, found \(tree.messageDescription)")
        }
        self.path = path
        self.tree = tree
    }

    /// A tree built elsewhere (a calibration's sweep of one scenario); `path` is the file its
    /// relative paths are resolved against and messages name. - Precondition: `tree` is an object.
    init(path: String, tree: JSONValue) {
        precondition(tree.members != nil, "a sweep tree must be an object")
        self.path = path
        self.tree = tree
    }

    /// An error at `location` in this file.
    func error(_ problem: ScenarioError.Problem, at location: SourceLocation?, _ keyPath: String, _ message: String) -> ScenarioError {
        ScenarioError(problem, at: location, orIn: path, keyPath: keyPath, message: message)
    }

    /// `error` moved to `location` in this file under `keyPath`, its message kept.
    func relocated(_ error: ScenarioError, at location: SourceLocation?, _ keyPath: String) -> ScenarioError {
        ScenarioError(error.problem, at: location, orIn: path, keyPath: keyPath, message: error.message)
    }

    /// Checks that `object`'s keys are among `allowed`, as the scenario loader checks keys.
    /// - Parameter prefix: The object's key path (`design`), empty at the top.
    func checkKeys(_ object: JSONValue, allowed: [String], prefix: String, context: String = "") throws(ScenarioError) {
        for member in object.members ?? [] where !allowed.contains(member.key) {
            let hint = KeySuggestion.nearest(to: member.key, among: allowed).map { "; did you mean '\($0)'?" }
                ?? "; expected one of " + allowed.joined(separator: ", ")
            let keyPath = prefix.isEmpty ? MessageText.excerpt(member.key) : prefix + "." + MessageText.excerpt(member.key)
            throw error(.unknownKey, at: member.keyLocation, keyPath, "unknown key" + context + hint)
        }
    }

    /// The member `key` of `object`, or an error saying what was expected there.
    func required(_ key: String, in object: JSONValue, prefix: String = "", expected: String) throws(ScenarioError) -> JSONValue {
        if let value = object[key] { return value }
        throw error(.invalidValue, at: object.location, prefix.isEmpty ? key : prefix + "." + key, "expected \(expected), found none")
    }

    /// A whole number in `range`, in the loader's words (`expected an integer in [1, 1000000], found 2.5`),
    /// exact up to 2^63 (read from the literal's digits).
    func integer(_ value: JSONValue, _ keyPath: String, in range: ClosedRange<UInt64>, meaning: String = "") throws(ScenarioError) -> UInt64 {
        let spec = ParameterSpec(keyPath: keyPath, kind: .integer(min: Double(range.lowerBound), max: Double(range.upperBound)),
                                 unit: "", meaning: "", evidence: "")
        if let (problem, _) = spec.problem(with: value) {
            let note = meaning.isEmpty ? "" : " (\(meaning))"
            throw error(problem, at: value.location, keyPath, "expected \(spec.expectation)\(note), found \(value.messageDescription)")
        }
        guard case .number(let number, _) = value else { preconditionFailure("an integer passed the check without being a number") }
        return number.isIntegerLiteral ? UInt64(number.literal) ?? UInt64(number.value) : UInt64(number.value)
    }

    /// A string that is not empty, else an error expecting `expected`.
    func string(_ value: JSONValue, _ keyPath: String, expected: String) throws(ScenarioError) -> String {
        guard case .string(let text, _) = value, !text.isEmpty, !text.unicodeScalars.contains("\0") else {
            throw error(.wrongType, at: value.location, keyPath, "expected \(expected), found \(value.messageDescription)")
        }
        return text
    }
}
