/// What the number grammar knows about one word: the parts it can play in a
/// figure (`five`, `million`, `fifth`, `June`, `miles`, `euros`…) and the
/// context roles of function words (`more`, `in`, `won`…).
struct NumberWord: Sendable {
    /// Context roles of a word around a number.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        /// May open a qualifier phrase: `more`, `about`, `between`.
        static let qualifier = Roles(rawValue: 1 << 0)
        /// Introduces a year: `in`, `since`, `by`.
        static let yearContext = Roles(rawValue: 1 << 1)
        /// Suggests a score near `17-18`: `won`, `beat`, `draw`.
        static let sports = Roles(rawValue: 1 << 2)
        /// Makes a following `one` a pronoun: `no one`, `the one`.
        static let pronounBefore = Roles(rawValue: 1 << 3)
        /// A time zone after a clock time: `GMT`.
        static let timeZone = Roles(rawValue: 1 << 4)
        /// Ends in `s` but is no plural noun: `is`, `was`, `has`.
        static let notCountNoun = Roles(rawValue: 1 << 5)
        /// A plural noun without a final `s`: `people`, `children`.
        static let countNoun = Roles(rawValue: 1 << 6)
        /// Opens a compound measure unit: `square`, `cubic`.
        static let measurePrefix = Roles(rawValue: 1 << 7)
        /// A vague amount word before `hundred`: `several`, `few`, `many`.
        static let vague = Roles(rawValue: 1 << 8)
        /// Glued with a hyphen before a year: `mid-2005`, `pre-1990`.
        static let yearPrefix = Roles(rawValue: 1 << 9)
        /// `am`, `pm` after a clock hour.
        static let meridiem = Roles(rawValue: 1 << 10)
        /// After a measure in sprint events rather than a count: `hurdles`.
        static let notMillions = Roles(rawValue: 1 << 11)
        /// Tells that a number is an age: `aged`.
        static let age = Roles(rawValue: 1 << 12)
        /// A closed-class word that may open a sentence before a number
        /// (`With 20 …`, `Only 5 …`), unlike a name (`Commodore 64`).
        static let function = Roles(rawValue: 1 << 13)
    }

    /// `zero`…`nineteen`, `twenty`…`ninety`.
    var cardinal: Double?
    /// `twenty`…`ninety`, which may take a hyphenated unit (`twenty-five`).
    var isTens = false
    /// `hundred`, `thousand`, `million`, `bn`, `crore`, `dozen`: multiplies
    /// the number before it.
    var multiplier: Double?
    /// `m`, `k` as separate words: multipliers only after a currency.
    var isShortScale = false
    /// `hundreds`, `thousands`, `dozens`: an amount by itself.
    var multitude: Double?
    /// `first`…`twentieth`, `hundredth`.
    var ordinal: Double?
    /// `half`, `third`, `quarters`: the denominator of a fraction.
    var denominator: Double?
    /// `January`…`December` and their abbreviations: 1…12.
    var month: Int?
    /// `years`, `days`, `minutes`: a number before it is a duration.
    var isDuration = false
    /// `miles`, `tonnes`, `barrels`: a number before it is a measure.
    var isMeasure = false
    /// `dollars`, `euros`, `dlrs`: the ISO code of a currency word.
    var currency: NumberCurrencyCode?
    /// `cents`, `pence`: 0.01.
    var currencyFactor = 1.0
    /// `Australian`, `Canadian` before `dollars`: the ISO code they select.
    var currencyAdjective: NumberCurrencyCode?
    /// `USD`, `EUR` written in capitals.
    var isoCode: NumberCurrencyCode?
    /// `US`, `A`, `HK` glued before `$`.
    var dollarPrefix: NumberCurrencyCode?
    /// The role of the word when glued after digits (`m` in `600m`).
    var suffix: NumberSuffix?
    var roles: Roles = []
}

/// The part letters play when glued after digits.
enum NumberSuffix: Sendable, Equatable {
    /// `30mln`, `1.13bn`, `600m` (million, or metres without a currency), `5k`.
    case scale(Double)
    /// `5pc`.
    case percent
    /// `27c` (cents).
    case cents
    /// `50p` (pence).
    case pence
    /// `3cm`, `10km`, `250g`, `60mph`.
    case measure
    /// `-3C`, `40F` (upper case only).
    case temperature
    /// `10am`, `4:00pm`.
    case clock(pm: Bool)
    /// `21st`, `2nd`.
    case ordinal
    /// `1990s`.
    case decade
    /// The `4x` of `4x100m`.
    case relay
}
