/// A three-letter ISO currency code packed into an integer, so that lexicon
/// entries stay trivially copyable.
struct NumberCurrencyCode: Hashable, Sendable {
    let raw: UInt32

    /// Packs an ASCII code such as `USD`.
    init(_ code: String) {
        var raw: UInt32 = 0
        for (k, b) in code.utf8.prefix(4).enumerated() { raw |= UInt32(b) << UInt32(8 * k) }
        self.raw = raw
    }

    /// The code as text: `USD`.
    var string: String {
        var bytes: [UInt8] = []
        var r = raw
        while r != 0 {
            bytes.append(UInt8(r & 0xFF))
            r >>= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
