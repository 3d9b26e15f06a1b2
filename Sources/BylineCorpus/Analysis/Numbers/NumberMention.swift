/// A figure an article asserts: a count, an amount of money, a percentage, a
/// date or time, a measure or an ordinal, with its value normalised.
public struct NumberMention: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case count = "COUNT", money = "MONEY", percent = "PERCENT", date = "DATE", measure = "MEASURE", ordinal = "ORDINAL"
    }

    /// The mention as written, e.g. `more than 500`, `$30mln`, `25 per cent`.
    public var text: String
    public var kind: Kind
    /// The normalised value: 30_000_000 for `$30mln`, 25 for `25 per cent`,
    /// 2014 for the year `2014`, 0.6667 for `two-thirds`; nil where none applies
    /// (or it does not fit a Double, as in `1e400`).
    public var value: Double?
    /// ISO currency code (`USD`, `GBP`, `EUR`…), `%`, a measure unit (`miles`,
    /// `cm`), or the counted noun (`vehicles` in `85 vehicles`); nil when none.
    public var unit: String?
    /// `lower bound` (more than, over, at least), `upper bound` (less than,
    /// under, up to), `approximate` (about, nearly, some), `range` (between 20
    /// and 30, 20-30), or nil.
    public var qualifier: String?
    /// Where the mention sits in the article's `text`, in Unicode scalars.
    public var span: TextSpan

    public init(text: String, kind: Kind, value: Double?, unit: String?, qualifier: String?, span: TextSpan) {
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.span = span
    }
}
