import Foundation

/// Makes text safe and uniform before anything else sees it.
///
/// - Line ends become `\n` (CRLF and lone CR included).
/// - Control characters are removed: C0 except tab and newline, DEL, C1, and
///   whole escape sequences (CSI, OSC, DCS and two-byte `ESC x`), so that no
///   article can ever drive the terminal that displays it.
/// - Text is put in Unicode Normalization Form C.
public enum TextCleaner {
    /// Cleans a whole document, keeping its line structure.
    public static func document(_ utf8: [UInt8]) -> String {
        if isCleanDocument(utf8) { return String(decoding: utf8, as: UTF8.self) }
        return fullyCleanedDocument(utf8)
    }

    /// ``document(_:)-([UInt8])`` of decoded text: the text itself when it
    /// needs no cleaning.
    public static func document(_ text: String) -> String {
        var text = text
        if text.withUTF8({ isCleanDocument($0) }) { return text }
        return fullyCleanedDocument(Array(text.utf8))
    }

    /// ``document(_:)`` without the check for text that needs no cleaning.
    static func fullyCleanedDocument(_ utf8: [UInt8]) -> String {
        normalized(clean(utf8, inline: false, keepSpaceRuns: true))
    }

    /// Cleans one run of text for display on a single logical line: controls
    /// removed as in ``document(_:)``, white space that includes a line end,
    /// tab or no-break space collapsed to one space, invisible format
    /// characters dropped, ends trimmed. Runs of plain spaces are kept as
    /// written unless `collapsingSpaces` (HTML, where they mean nothing).
    public static func inline(_ text: String, collapsingSpaces: Bool = false) -> String {
        cleanedInline(text, collapsingSpaces: collapsingSpaces) ?? text
    }

    /// ``inline(_:collapsingSpaces:)`` of part of a text: the part itself
    /// when it is clean (the common case, with no copy).
    static func inline(_ text: Substring, collapsingSpaces: Bool = false) -> Substring {
        cleanedInline(text, collapsingSpaces: collapsingSpaces)?[...] ?? text
    }

    /// ``inline(_:collapsingSpaces:)`` of `text`, or nil when it is clean as it is.
    private static func cleanedInline(_ text: some StringProtocol, collapsingSpaces: Bool) -> String? {
        let isClean = text.utf8.withContiguousStorageIfAvailable { isCleanLine($0, allowingSpaceRuns: !collapsingSpaces) }
            ?? Array(text.utf8).withUnsafeBufferPointer { isCleanLine($0, allowingSpaceRuns: !collapsingSpaces) }
        return isClean ? nil : normalized(clean(Array(text.utf8), inline: true, keepSpaceRuns: !collapsingSpaces))
    }

    /// True when the UTF-8 `s` needs no cleaning: no control, special-space
    /// or invisible characters, trimmed ends (and single inner spaces, unless
    /// runs are allowed), nothing that NFC could change. The common case,
    /// checked without a copy.
    private static func isCleanLine(_ s: UnsafeBufferPointer<UInt8>, allowingSpaceRuns: Bool) -> Bool {
        let n = s.count
        guard n > 0 else { return true }
        if s[0] == 0x20 || s[n - 1] == 0x20 { return false }
        let raw = UnsafeRawBufferPointer(s)
        var i = 0
        while i < n {
            // Eight printable ASCII bytes at a time, where space runs may stay.
            if allowingSpaceRuns && i + 8 <= n && isPrintableASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let b = s[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                if b == 0x20 && !allowingSpaceRuns && s[i + 1] == 0x20 { return false }
                i += 1
                continue
            }
            if !isPlainNonASCII(s, i) { return false }
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        }
        return true
    }

    /// True when the UTF-8 sequence at `i` is neither a control, a special
    /// space, an invisible character, nor a character that might not be in
    /// NFC. Latin-1 letters and general punctuation (quotes, dashes, €) pass.
    @inline(__always)
    private static func isPlainNonASCII(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = s[i]
        let n = s.count
        if b >= 0xC3 && b <= 0xCB { return true }  // U+00C0–U+02FF: accented letters
        if b == 0xC2 { return i + 1 < n && s[i + 1] > 0xA0 && s[i + 1] != 0xAD }
        if b == 0xE2 && i + 2 < n {
            let c = s[i + 1], d = s[i + 2]
            if c == 0x80 { return (d >= 0x90 && d <= 0xA7) || (d >= 0xB0) }  // dashes, quotes, …
            return c >= 0x81 && c <= 0x82  // more punctuation, super/subscripts, currency
        }
        return false
    }

    /// True when ``document(_:)`` would return `utf8` unchanged: no control
    /// character but tab and newline, no escape sequence, no character the
    /// cleaner removes or turns into a line end, and nothing NFC could
    /// change. The common case, checked with one table lookup per byte;
    /// rarer scripts and symbols take the full path.
    static func isCleanDocument(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { isCleanDocument($0) }
    }

    /// ``isCleanDocument(_:)-([UInt8])`` of UTF-8 in a buffer.
    static func isCleanDocument(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        documentByteClass.withUnsafeBufferPointer { byteClass in
            let n = s.count
            let raw = UnsafeRawBufferPointer(s)
            var i = 0
            while i < n {
                // Eight printable ASCII bytes at a time: none below 0x20, none from 0x7F.
                if i + 8 <= n && isPrintableASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = s[i]
                switch byteClass[Int(b)] {
                case 0:
                    i += 1
                case 2 where i + 1 < n && s[i + 1] >= 0xA0:  // U+00A0–U+00BF
                    i += 2
                case 3 where i + 2 < n:
                    // U+2000–U+20BF: punctuation, quotes, dashes, currency; not
                    // U+2000/U+2001 (NFC singletons), U+200B (removed) or U+2028/U+2029.
                    let c = s[i + 1], d = s[i + 2]
                    if c == 0x80 {
                        guard d > 0x81 && d != 0x8B && d != 0xA8 && d != 0xA9 else { return false }
                    } else if c != 0x81 && c != 0x82 {
                        return false
                    }
                    i += 3
                default:
                    return false
                }
            }
            return true
        }
    }

    /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E):
    /// none below 0x20 (a borrow shows one), none from 0x7F up (adding one
    /// or the byte itself sets its high bit).
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let below = (word &- 0x2020_2020_2020_2020) & ~word
        let fromDelete = (word &+ 0x0101_0101_0101_0101) | word
        return (below | fromDelete) & 0x8080_8080_8080_8080 == 0
    }

    /// 0: passes unchanged (printable ASCII, tab, newline, continuation
    /// bytes, leads of U+00C0–U+02FF); 2: lead byte 0xC2; 3: lead byte 0xE2;
    /// 1: anything else, which needs the full cleaner.
    private static let documentByteClass: [UInt8] = (0...255).map { b -> UInt8 in
        switch b {
        case 0x09, 0x0A, 0x20...0x7E, 0x80...0xBF, 0xC3...0xCB: return 0
        case 0xC2: return 2
        case 0xE2: return 3
        default: return 1
        }
    }

    /// Whether NFC could change these bytes: they hold a combining mark, a
    /// Hangul jamo or a character with a canonical singleton mapping.
    private static func mayNeedNormalization(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0xCC { i += 1; continue }  // ASCII, continuation bytes and U+0080–U+02FF
            let string = String(decoding: bytes[i...], as: UTF8.self)
            for scalar in string.unicodeScalars where scalar.value >= 0x300 {
                let v = scalar.value
                if (0x2010...0x20CF).contains(v) { continue }
                if scalar.properties.canonicalCombiningClass != .notReordered { return true }
                if (0x1100...0x11FF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v) { return true }
                if [0x0340, 0x0341, 0x0343, 0x0344, 0x0374, 0x037E, 0x0387, 0x1F71, 0x1FFD, 0x2000, 0x2001,
                    0x2126, 0x212A, 0x212B, 0x2329, 0x232A].contains(v) { return true }
            }
            return false
        }
        return false
    }

    private static func normalized(_ bytes: [UInt8]) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        return mayNeedNormalization(bytes) ? string.precomposedStringWithCanonicalMapping : string
    }

    private static func clean(_ input: [UInt8], inline: Bool, keepSpaceRuns: Bool) -> [UInt8] {
        var cleaner = Cleaner(inline: inline, keepSpaceRuns: keepSpaceRuns, capacity: input.count)
        input.withUnsafeBufferPointer { cleaner.run($0) }
        return cleaner.out
    }

    /// The byte loop behind ``document(_:)`` and ``inline(_:collapsingSpaces:)``.
    /// A struct with mutating methods rather than closures, so that appends
    /// need no run-time exclusivity checks.
    private struct Cleaner {
        let inline: Bool
        let keepSpaceRuns: Bool
        var out: [UInt8]
        /// White space seen since the last character (inline mode only):
        /// plain spaces, and whether a line end, tab or other space was among them.
        var pendingSpaces = 0
        var pendingBreak = false
        /// Set when a control or escape sequence was removed right after a
        /// space: the spaces that follow are dropped, so that removal never
        /// leaves a double space behind.
        var droppingSpaces = false

        /// Called after removing something: whether a space came just before it.
        @inline(__always)
        mutating func removed() {
            droppingSpaces = inline ? (pendingSpaces > 0 || pendingBreak) : out.last == 0x20
        }

        init(inline: Bool, keepSpaceRuns: Bool, capacity: Int) {
            self.inline = inline
            self.keepSpaceRuns = keepSpaceRuns
            out = []
            out.reserveCapacity(capacity)
        }

        @inline(__always)
        mutating func flushSpace() {
            if inline && (pendingSpaces > 0 || pendingBreak) {
                if !out.isEmpty {
                    let count = keepSpaceRuns && !pendingBreak ? pendingSpaces : 1
                    for _ in 0..<count { out.append(0x20) }
                }
                pendingSpaces = 0
                pendingBreak = false
            }
        }

        /// White space other than a plain space: a line end, tab or no-break space.
        @inline(__always)
        mutating func whiteSpace(_ documentByte: UInt8) {
            if inline { pendingBreak = true } else { out.append(documentByte) }
            if documentByte != 0x20 { droppingSpaces = false }
        }

        /// Bytes that pass through unchanged: printable ASCII and the UTF-8
        /// of characters whose lead byte cannot start a control or special space.
        @inline(__always)
        static func isOrdinary(_ b: UInt8) -> Bool {
            (b >= 0x21 && b <= 0x7E) || (b >= 0x80 && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF)
        }

        mutating func run(_ s: UnsafeBufferPointer<UInt8>) {
            let n = s.count
            var i = 0
            while i < n {
                let b = s[i]
                if Cleaner.isOrdinary(b) {
                    var j = i + 1
                    while j < n && Cleaner.isOrdinary(s[j]) { j += 1 }
                    flushSpace()
                    droppingSpaces = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<j]))
                    i = j
                    continue
                }
                switch b {
                case 0x0A:
                    whiteSpace(0x0A)
                    i += 1
                case 0x0D:
                    whiteSpace(0x0A)
                    i += (i + 1 < n && s[i + 1] == 0x0A) ? 2 : 1
                case 0x09:
                    whiteSpace(0x09)
                    i += 1
                case 0x20:
                    if droppingSpaces {} else if inline { pendingSpaces += 1 } else { out.append(0x20) }
                    i += 1
                case 0x1B:
                    i = TextCleaner.skipEscapeSequence(s, from: i + 1)
                    removed()
                case 0x00..<0x20, 0x7F:
                    i += 1
                    removed()
                case 0xC2 where i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0xA0:
                    // C1 controls U+0080–U+009F; U+009B (CSI) and U+009D (OSC)
                    // start sequences like ESC [ and ESC ].
                    let c = s[i + 1]
                    if c == 0xA0 {
                        if inline { whiteSpace(0x20) } else { flushSpace(); out.append(0xC2); out.append(0xA0) }
                        i += 2
                    } else if c == 0x9B {
                        i = TextCleaner.skipEscapeSequence(s, from: i + 1, introducer: UInt8(ascii: "["))
                        removed()
                    } else if c == 0x9D {
                        i = TextCleaner.skipEscapeSequence(s, from: i + 1, introducer: UInt8(ascii: "]"))
                        removed()
                    } else {
                        i += 2
                        removed()
                    }
                case 0xC2 where inline && i + 1 < n && s[i + 1] == 0xAD:
                    i += 2  // soft hyphen: invisible, and it splits words for search
                case 0xE2 where inline && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] >= 0x80 && s[i + 2] <= 0x8A || s[i + 2] == 0xAF):
                    whiteSpace(0x20); i += 3  // U+2000–U+200A and U+202F spaces
                case 0xE2 where i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x8B || s[i + 2] == 0xA8 || s[i + 2] == 0xA9):
                    // zero-width space (dropped); line and paragraph separators
                    if s[i + 2] != 0x8B { whiteSpace(0x0A) }
                    i += 3
                case 0xEF where i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF:
                    i += 3  // stray byte-order mark / zero-width no-break space
                case 0xE3 where inline && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80:
                    whiteSpace(0x20); i += 3  // ideographic space
                default:
                    flushSpace()
                    droppingSpaces = false
                    out.append(b)
                    i += 1
                }
            }
        }
    }

    /// Returns the index after an escape sequence whose ESC (or C1
    /// introducer) ended just before `start`.
    fileprivate static func skipEscapeSequence(_ s: UnsafeBufferPointer<UInt8>, from start: Int, introducer: UInt8? = nil) -> Int {
        let n = s.count
        var i = start
        let kind: UInt8
        if let introducer {
            kind = introducer
            i += 1  // past the second byte of the two-byte C1 character
        } else {
            guard i < n else { return i }
            kind = s[i]
            i += 1
        }
        switch kind {
        case UInt8(ascii: "["):
            // CSI: parameter and intermediate bytes, then one final byte.
            while i < n && s[i] >= 0x20 && s[i] <= 0x3F { i += 1 }
            while i < n && s[i] >= 0x20 && s[i] <= 0x2F { i += 1 }
            if i < n && s[i] >= 0x40 && s[i] <= 0x7E { i += 1 }
            return i
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // String sequences end at BEL or ST (ESC \); a newline also ends
            // them here so that a broken sequence cannot swallow the article.
            while i < n {
                let b = s[i]
                if b == 0x07 { return i + 1 }
                if b == 0x1B { return (i + 1 < n && s[i + 1] == UInt8(ascii: "\\")) ? i + 2 : i }
                if b == 0x0A || b == 0x0D { return i }
                i += 1
            }
            return i
        default:
            // ESC, optional intermediates, one final byte.
            var j = i - 1
            while j < n && s[j] >= 0x20 && s[j] <= 0x2F { j += 1 }
            if j < n && s[j] >= 0x30 && s[j] <= 0x7E { j += 1 }
            return j
        }
    }
}
