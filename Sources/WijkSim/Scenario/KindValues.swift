/// One value per request kind: question, signal, initiative, conflict.
public struct KindValues: Codable, Sendable, Equatable {
    public var question: Double
    public var signal: Double
    public var initiative: Double
    public var conflict: Double

    public init(question: Double, signal: Double, initiative: Double, conflict: Double) {
        self.question = question
        self.signal = signal
        self.initiative = initiative
        self.conflict = conflict
    }

    /// The value for `kind`.
    @inlinable public subscript(kind: RequestKind) -> Double {
        switch kind {
        case .question: question
        case .signal: signal
        case .initiative: initiative
        case .conflict: conflict
        }
    }

    /// Values in ``RequestKind`` order.
    public var array: [Double] { [question, signal, initiative, conflict] }
}

/// One value per connector role: fixer, bridge builder, entrepreneur, mediator [E:001 L552].
public struct RoleValues: Codable, Sendable, Equatable {
    /// Fikser: answers questions, gets small things done.
    public var fixer: Double
    /// Bruggenbouwer: connects a problem with the departments that own it.
    public var bridgeBuilder: Double
    /// Innovatieve ondernemer: gets initiatives through, bends rules.
    public var entrepreneur: Double
    /// Bemiddelaar: resolves conflicts.
    public var mediator: Double

    public init(fixer: Double, bridgeBuilder: Double, entrepreneur: Double, mediator: Double) {
        self.fixer = fixer
        self.bridgeBuilder = bridgeBuilder
        self.entrepreneur = entrepreneur
        self.mediator = mediator
    }

    /// The value of the role that handles `kind`.
    @inlinable public subscript(kind: RequestKind) -> Double {
        switch kind {
        case .question: fixer
        case .signal: bridgeBuilder
        case .initiative: entrepreneur
        case .conflict: mediator
        }
    }

    /// Values in ``RequestKind`` order (fixer, bridge builder, entrepreneur, mediator).
    public var array: [Double] { [fixer, bridgeBuilder, entrepreneur, mediator] }
}
