/// Where neighbourhood work sits in the college of mayor and aldermen [E:001 L490, L616].
public enum Portfolio: String, Codable, Sendable, CaseIterable {
    /// No alderman holds it.
    case none
    /// Implicitly under another portfolio (Leidschendam-Voorburg: Participatie).
    case implicit
    /// One alderman holds it explicitly (Katwijk).
    case one
    /// Every alderman holds it for their own domain.
    case all
}

/// The council (college van B&W, wethouders, gemeenteraad).
public struct CouncilParameters: Codable, Sendable, Equatable {
    /// Portfolio arrangement: none, implicit, one, all. Unit: choice. [E:001 L490, L616]
    public var portfolio: Portfolio = .implicit
    /// Weeks between college meetings that decide on initiatives. Unit: weeks. Range: 1...52. [A]
    public var meetingIntervalWeeks: Int = 2
    /// Budget per year for initiatives that need a decision. Unit: euro per year. Range: [0, 1e9]. [A]
    public var initiativeBudgetPerYear: Double = 150_000
    /// Mean cost of one initiative (exponential). Unit: euro. Range: [0, 1e8]. [A]
    public var meanInitiativeCost: Double = 7_500
    /// Probability the college approves an initiative it can fund. Unit: probability. Range: [0, 1]. [A]
    public var approvalRate: Double = 0.7
    /// Weeks between municipal elections; 0 = none in the horizon. Unit: weeks. Range: 0...5200. [E:000; A]
    public var electionIntervalWeeks: Int = 0
    /// Week of the first election. Unit: week. Range: 0...5200. [A]
    public var firstElectionWeek: Int = 70
    /// Weeks before an election in which no decisions are taken. Unit: weeks. Range: 0...52. [E:000; A]
    public var electionFreezeWeeks: Int = 8
    /// Probability an escalation makes the department comply, by portfolio. Unit: probability. Range: [0, 1]. [E:001 L494, L616; A]
    public var escalationSuccess = PortfolioValues(none: 0.45, implicit: 0.55, one: 0.75, all: 0.85)
    /// Weeks before an escalation takes effect, by portfolio. Unit: weeks. Range: [0, 52]. [E:001 L616; A]
    public var escalationDelayWeeks = PortfolioValues(none: 6, implicit: 5, one: 3, all: 2)
    public init() {}
}

/// One value per ``Portfolio`` arrangement.
public struct PortfolioValues: Codable, Sendable, Equatable {
    public var none: Double
    public var implicit: Double
    public var one: Double
    public var all: Double

    public init(none: Double, implicit: Double, one: Double, all: Double) {
        self.none = none
        self.implicit = implicit
        self.one = one
        self.all = all
    }

    /// The value for `portfolio`.
    public subscript(portfolio: Portfolio) -> Double {
        switch portfolio {
        case .none: none
        case .implicit: implicit
        case .one: one
        case .all: all
        }
    }
}
