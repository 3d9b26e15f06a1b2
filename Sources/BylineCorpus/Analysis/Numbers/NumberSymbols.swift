/// The symbol scalars the number grammar reads.
enum NumberSymbols {
    /// Currency signs and their ISO codes (`$` is read as US dollars).
    static let currencies: [UInt32: String] = [
        0x24: "USD", 0xA3: "GBP", 0x20AC: "EUR", 0xA5: "JPY", 0x20B9: "INR", 0x20A9: "KRW", 0x20BD: "RUB",
    ]
    static let percent: UInt32 = 0x25
    static let colon: UInt32 = 0x3A
    static let period: UInt32 = 0x2E
    static let comma: UInt32 = 0x2C
    static let slash: UInt32 = 0x2F
    static let dollar: UInt32 = 0x24
    static let degree: UInt32 = 0xB0

    /// `-`, `–` (en dash) and `−` (minus): between two numbers a range or score.
    static func isDash(_ s: UInt32) -> Bool { s == 0x2D || s == 0x2013 || s == 0x2212 }
    /// `-` or `−` before digits: a sign.
    static func isMinus(_ s: UInt32) -> Bool { s == 0x2D || s == 0x2212 }
    /// `'` or `’`.
    static func isApostrophe(_ s: UInt32) -> Bool { s == 0x27 || s == 0x2019 }
    /// NumberSymbols that glue a number into an identifier, a path or an address.
    static func joinsIdentifier(_ s: UInt32) -> Bool {
        switch s {
        case 0x2F, 0x5F, 0x40, 0x5C, 0x3D, 0x26, 0x23, 0x2E, 0x3A, 0x2B, 0x7E, 0x7C: return true
        default: return false
        }
    }
}
