import Foundation

/// Splits an article's UTF-8 bytes into `NumberToken`s in one pass, keeping
/// both byte and Unicode-scalar offsets.
///
/// Letters followed by digits end a word (`MP3` is `MP` then a glued `3`);
/// digits followed by letters make one number with a suffix (`600m`).
enum NumberTokenizer {
    /// The tokens of `bytes` (valid UTF-8), in order.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [NumberToken] {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        return scanner.tokens
    }

    /// The state of one tokenizing pass.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let table = NumberLexicon.lookup
        var tokens: [NumberToken] = []
        var i = 0
        var scalar = 0
        var gap = NumberToken.Gap.lineBreak

        /// A scanner at the start of `bytes`.
        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            tokens.reserveCapacity(bytes.count / 4 + 16)
        }

        /// Scans all of `bytes` into `tokens`.
        mutating func run() {
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 || b == 0x09 {
                        if gap == .none { gap = .space }
                        i += 1; scalar += 1
                    } else if b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                        gap = .lineBreak
                        i += 1; scalar += 1
                    } else if Self.isDigit(b) {
                        number()
                    } else if Self.isLetter(b) {
                        word()
                    } else {
                        symbol(UInt32(b), length: 1)
                    }
                    continue
                }
                let (value, length) = decode(at: i)
                switch classify(value) {
                case .space:
                    if gap == .none { gap = .space }
                    i += length; scalar += 1
                case .lineBreak:
                    gap = .lineBreak
                    i += length; scalar += 1
                case .letter:
                    word()
                case .other:
                    symbol(value, length: length)
                }
            }
        }

        // MARK: Tokens

        /// Appends the single-scalar symbol at `i`.
        mutating func symbol(_ value: UInt32, length: Int) {
            var t = token(kind: .symbol, start: i, scalarStart: scalar)
            t.symbol = value
            i += length; scalar += 1
            finish(&t)
        }

        /// Appends the run of letters at `i`.
        mutating func word() {
            var t = token(kind: .word, start: i, scalarStart: scalar)
            let end = letters()
            t.key = NumberWordKey(bytes: bytes, start: t.byteStart, end: end)
            t.letterCase = letterCase(t.byteStart, end)
            finish(&t)
        }

        /// Appends the number at `i`: digits, `,` separators before three
        /// digits, one decimal point, an exponent or glued letters; its value
        /// is NaN past 15 significant digits or when not finite.
        mutating func number() {
            var t = token(kind: .number, start: i, scalarStart: scalar)
            let n = bytes.count
            var mantissa = 0.0
            var significant = 0
            var integerDigits = 0, fractionDigits = 0
            var inFraction = false, malformed = false
            var exponent = 0, exponentSign = 1
            scan: while i < n {
                let b = bytes[i]
                if Self.isDigit(b) {
                    if significant > 0 || b != 0x30 { significant += 1 }
                    if significant <= 15 { mantissa = mantissa * 10 + Double(b - 0x30) }
                    if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
                    i += 1; scalar += 1
                } else if b == 0x2C, !inFraction, separatorFollows(i) {
                    t.hasSeparator = true
                    i += 1; scalar += 1
                } else if b == 0x2E, i + 1 < n, Self.isDigit(bytes[i + 1]) {
                    if inFraction { malformed = true }
                    inFraction = true
                    i += 1; scalar += 1
                } else if b == 0x65 || b == 0x45, let (value, length) = exponentAt(i) {
                    exponent = abs(value)
                    exponentSign = value < 0 ? -1 : 1
                    t.hasExponent = true
                    i += length; scalar += length
                    break scan
                } else {
                    break
                }
            }
            t.integerDigits = Int16(clamping: integerDigits)
            t.fractionDigits = Int16(clamping: fractionDigits)
            t.suffixStart = i
            let end = t.hasExponent ? i : letters()
            if end > t.suffixStart {
                t.key = NumberWordKey(bytes: bytes, start: t.suffixStart, end: end)
                t.letterCase = letterCase(t.suffixStart, end)
            }
            if malformed {
                t.kind = .other
            } else if significant <= 15 {
                let scale = exponentSign * exponent - fractionDigits
                let value = scale >= 0 ? mantissa * pow(10, Double(scale)) : mantissa / pow(10, Double(-scale))
                t.value = value.isFinite ? value : .nan
            }
            finish(&t)
        }

        // MARK: Helpers

        /// A new token starting here.
        func token(kind: NumberToken.Kind, start: Int, scalarStart: Int) -> NumberToken {
            NumberToken(kind: kind, gap: gap, byteStart: start, byteEnd: start, scalarStart: scalarStart, scalarEnd: scalarStart)
        }

        /// Ends token `t` at `i`, looks up its key and appends it.
        mutating func finish(_ t: inout NumberToken) {
            t.byteEnd = i
            t.scalarEnd = scalar
            if t.key != .none { t.lexicon = table.index(of: t.key) }
            tokens.append(t)
            gap = .none
        }

        /// Consumes a run of letters and returns where it ends.
        mutating func letters() -> Int {
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    guard Self.isLetter(b) else { break }
                    i += 1; scalar += 1
                } else {
                    let (value, length) = decode(at: i)
                    guard classify(value) == .letter else { break }
                    i += length; scalar += 1
                }
            }
            return i
        }

        /// A `,` followed by exactly three digits.
        func separatorFollows(_ k: Int) -> Bool {
            let n = bytes.count
            guard k + 3 < n else { return false }
            guard Self.isDigit(bytes[k + 1]), Self.isDigit(bytes[k + 2]), Self.isDigit(bytes[k + 3]) else { return false }
            return k + 4 >= n || !Self.isDigit(bytes[k + 4])
        }

        /// An exponent `e12`, `E-5` at `k`: its value (clamped) and byte length.
        func exponentAt(_ k: Int) -> (Int, Int)? {
            let n = bytes.count
            var j = k + 1
            var sign = 1
            if j < n, bytes[j] == 0x2B || bytes[j] == 0x2D {
                sign = bytes[j] == 0x2D ? -1 : 1
                j += 1
            }
            guard j < n, Self.isDigit(bytes[j]) else { return nil }
            var value = 0
            while j < n, Self.isDigit(bytes[j]) {
                if value < 100_000 { value = value * 10 + Int(bytes[j] - 0x30) }
                j += 1
            }
            if j < n, Self.isLetter(bytes[j]) { return nil }
            return (sign * value, j - k)
        }

        /// The case of the ASCII letters `start..<end`.
        func letterCase(_ start: Int, _ end: Int) -> NumberToken.LetterCase {
            let first = bytes[start]
            guard first >= 0x41 && first <= 0x5A else { return first >= 0x61 && first <= 0x7A ? .lower : .none }
            var k = start + 1
            var upper = true
            while k < end {
                let b = bytes[k]
                if b >= 0x61 && b <= 0x7A { upper = false; break }
                k += 1
            }
            return upper && end - start > 1 ? .upper : .capitalised
        }

        /// How a non-ASCII scalar separates or joins tokens.
        enum ScalarClass { case space, lineBreak, letter, other }

        /// The class of the scalar `value`.
        func classify(_ value: UInt32) -> ScalarClass {
            switch value {
            case 0x85, 0x2028, 0x2029: return .lineBreak
            case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
            default:
                guard let s = Unicode.Scalar(value) else { return .other }
                let p = s.properties
                if p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark {
                    return .letter
                }
                return .other
            }
        }

        /// Decodes the scalar starting at byte `k` (the text is valid UTF-8).
        func decode(at k: Int) -> (UInt32, Int) {
            let n = bytes.count
            let b = bytes[k]
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard length > 1, k + length <= n else { return (UInt32(b), 1) }
            var value = UInt32(b) & (0xFF >> UInt32(length + 1))
            for j in 1..<length { value = value << 6 | UInt32(bytes[k + j] & 0x3F) }
            return (value, length)
        }

        /// An ASCII digit.
        static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        /// An ASCII letter.
        static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    }
}
