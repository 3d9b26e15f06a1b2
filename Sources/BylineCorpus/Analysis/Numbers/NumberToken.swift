/// One token of an article as the number grammar sees it: a word, a number
/// (digits with their separators, decimals and any letters glued after them),
/// a single symbol, or an opaque run that is none of these.
struct NumberToken {
    /// What a token is made of.
    enum Kind: UInt8 {
        /// Letters only (ASCII or not).
        case word
        /// Digits, with `,` thousands separators, one `.` decimal point, an
        /// optional exponent and optional letters glued after (`600m`, `21st`).
        case number
        /// One scalar that is neither a letter, a digit nor a space.
        case symbol
        /// Digits that cannot be read as a number (`1.2.3`).
        case other
    }

    /// What separates the token from the one before.
    enum Gap: UInt8 {
        case none, space, lineBreak
    }

    /// The case of a word's (or a number suffix's) letters.
    enum LetterCase: UInt8 {
        case lower, capitalised, upper, none
    }

    var kind: Kind
    var gap: Gap
    /// For words the word's case; for numbers the suffix's case.
    var letterCase: LetterCase = .none
    var byteStart: Int
    var byteEnd: Int
    var scalarStart: Int
    var scalarEnd: Int
    /// For words the word; for numbers the glued suffix (`m` in `600m`).
    var key: NumberWordKey = .none
    /// Index of `key` in `NumberLexicon.entries`, or -1.
    var lexicon: Int32 = -1
    /// For symbols, the scalar's value.
    var symbol: UInt32 = 0
    /// For numbers, the value of the digits (suffix ignored); NaN when it
    /// does not fit a Double or has more than 15 significant digits.
    var value: Double = .nan
    var integerDigits: Int16 = 0
    var fractionDigits: Int16 = 0
    var hasSeparator = false
    var hasExponent = false
    /// Byte offset where the glued suffix starts (`byteEnd` when none).
    var suffixStart: Int = 0

    var hasSuffix: Bool { suffixStart < byteEnd }
    /// Digits only: no separator, decimal point, exponent or suffix.
    var isPlainInteger: Bool {
        kind == .number && !hasSeparator && fractionDigits == 0 && !hasExponent && !hasSuffix
    }
    var isCapitalised: Bool { letterCase == .capitalised || letterCase == .upper }
}
