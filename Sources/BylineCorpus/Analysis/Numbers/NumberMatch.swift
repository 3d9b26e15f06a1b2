/// A figure the grammar recognised: a half-open range of token indices with
/// its kind, value, unit and qualifier.
struct NumberMatch {
    var start: Int
    var end: Int
    var kind: NumberMention.Kind
    var value: Double?
    var unit: String?
    var qualifier: String?
    /// The multiplier inside the amount (1e6 for `20m`), for ranges.
    var scale = 1.0

    /// A match of tokens `start..<end`.
    init(start: Int, end: Int, kind: NumberMention.Kind, value: Double?, unit: String? = nil, qualifier: String? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }
}

/// A bare amount before its kind is known: `1,000`, `2.5`, `600m`, `two
/// million`, `hundreds`, `two-thirds`, with any glued suffix left to classify.
struct NumberAmount {
    var start: Int
    var end: Int
    var value: Double?
    /// The value before a glued `m` was read as million (for `100m` metres).
    var unscaledValue: Double?
    /// Written with digits (rather than words).
    var digits = false
    /// Digits only: no separator, decimal point, suffix or scale word.
    var plain = false
    var integerDigits = 0
    var hasDecimal = false
    /// A multiplier word or suffix applied (`million`, `bn`, `m`).
    var scaled = false
    /// The multiplier applied, for ranges like `$10-20m`.
    var scale = 1.0
    /// The scale came from a glued `m`: million, or metres without a currency.
    var gluedM = false
    /// A glued suffix other than a scale (`%`-like, cents, measure, clock…).
    var suffix: NumberSuffix?
    /// The token holding that suffix.
    var suffixToken = -1
    /// `hundreds` → lower bound.
    var qualifier: String?
    /// A fraction such as `two-thirds`.
    var fraction = false
    /// Just the word `one`.
    var loneOne = false
}
