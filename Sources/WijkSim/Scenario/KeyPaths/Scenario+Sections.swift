import Foundation

/// Decoding one top-level member of a scenario (a section such as `barriers`) on its own,
/// so that setting a few parameters decodes only the sections they lie in.
extension Scenario {
    /// The top-level keys whose values ``decodeSection(_:from:with:)`` decodes: every object
    /// or list of ``Scenario`` (not the text members `name`, `description`, `sources`, which
    /// hold no numbers). A test checks that they are the scenario's top-level keys but those three.
    static let decodableSections = [
        "run", "municipality", "residents", "requests", "connectors", "connectorTeam", "departments",
        "departmentBehaviour", "council", "barriers", "trust", "generalChannel", "interventions",
    ]

    /// Replaces the section `key` with `data` decoded as its type.
    /// - Returns: `false` when `key` is not one of ``decodableSections`` (nothing changes).
    /// - Throws: The decoder's error when `data` is not a complete section.
    mutating func decodeSection(_ key: String, from data: Data, with decoder: JSONDecoder) throws -> Bool {
        switch key {
        case "run": run = try decoder.decode(type(of: run), from: data)
        case "municipality": municipality = try decoder.decode(type(of: municipality), from: data)
        case "residents": residents = try decoder.decode(type(of: residents), from: data)
        case "requests": requests = try decoder.decode(type(of: requests), from: data)
        case "connectors": connectors = try decoder.decode(type(of: connectors), from: data)
        case "connectorTeam": connectorTeam = try decoder.decode(type(of: connectorTeam), from: data)
        case "departments": departments = try decoder.decode(type(of: departments), from: data)
        case "departmentBehaviour": departmentBehaviour = try decoder.decode(type(of: departmentBehaviour), from: data)
        case "council": council = try decoder.decode(type(of: council), from: data)
        case "barriers": barriers = try decoder.decode(type(of: barriers), from: data)
        case "trust": trust = try decoder.decode(type(of: trust), from: data)
        case "generalChannel": generalChannel = try decoder.decode(type(of: generalChannel), from: data)
        case "interventions": interventions = try decoder.decode(type(of: interventions), from: data)
        default: return false
        }
        return true
    }
}
