/// The municipality: its neighbourhoods (wijken).
public struct MunicipalityParameters: Codable, Sendable, Equatable {
    /// The neighbourhoods; at least one. Unit: list. [E:001 L282: 2-5 wijken in the studied towns]
    public var neighbourhoods: [NeighbourhoodParameters] = [
        NeighbourhoodParameters(name: "Noord", population: 16_000, cohesion: 0.5),
        NeighbourhoodParameters(name: "Oost", population: 14_000, cohesion: 0.4),
        NeighbourhoodParameters(name: "Zuid", population: 17_000, cohesion: 0.55),
        NeighbourhoodParameters(name: "West", population: 13_000, cohesion: 0.35),
    ]
    public init() {}
}

/// One neighbourhood (wijk): a named population with a social cohesion value.
public struct NeighbourhoodParameters: Codable, Sendable, Equatable {
    /// Unique name, referenced by connectors. Unit: text. Range: non-empty, unique. [A]
    public var name: String = "Wijk"
    /// Inhabitants, each simulated as an agent. Unit: residents. Range: 1...10000000. [E:001 L285 town sizes]
    public var population: Int = 15_000
    /// Probability that a resident told about the connector becomes aware. Unit: probability. Range: [0, 1]. [E:001 L455; A]
    public var cohesion: Double = 0.45

    /// The element template for neighbourhoods in scenario files.
    public init() {}
    public init(name: String, population: Int, cohesion: Double) {
        self.name = name
        self.population = population
        self.cohesion = cohesion
    }
}
