import Foundation

/// How search folds one Unicode scalar: lower case, no diacritics.
///
/// Index and query go through the same folding, so matching is case- and
/// diacritic-insensitive: `Élysée` is indexed as `elysee`, `ß` as `ss`.
/// ASCII is a 128-byte table; U+0080 to U+2FFF (Latin, Greek, Cyrillic and
/// the other alphabets news uses) a table built once, on first use, with
/// Foundation's canonical decomposition; anything above is lower-cased
/// scalar by scalar.
enum SearchFolding {
    /// What a scalar is to the tokenizer.
    enum Class: UInt8 {
        /// Ends a word (spaces, punctuation, symbols).
        case separator = 0
        /// Part of a word but indexed as nothing: combining marks, format characters.
        case ignorable = 1
        /// A letter or digit with a folded form.
        case letter = 2
    }

    /// First scalar not covered by the table.
    static let tableEnd: UInt32 = 0x3000

    /// Folded ASCII byte for each ASCII byte, 0 for a separator (and for
    /// every byte from 0x80: 256 entries, so any byte can index it).
    static let ascii: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b + 0x20)
        default: return 0
        }
    }

    /// Folded UTF-8 and class of U+0080 ..< `tableEnd`.
    struct Table: Sendable {
        /// Class of scalar `0x80 + i`.
        var classes: [UInt8]
        /// Folded bytes of scalar `0x80 + i`: `bytes[starts[i] ..< starts[i + 1]]`.
        var starts: [UInt32]
        var bytes: [UInt8]
    }

    /// Built on first use (about 8 ms), thread-safe as any global.
    static let table: Table = {
        let count = Int(tableEnd) - 0x80
        var table = Table(classes: [UInt8](repeating: 0, count: count), starts: [0], bytes: [])
        table.starts.reserveCapacity(count + 1)
        for i in 0..<count {
            if let scalar = Unicode.Scalar(UInt32(0x80 + i)) {
                let (kind, folded) = fold(scalar)
                table.classes[i] = kind.rawValue
                table.bytes.append(contentsOf: folded)
            }
            table.starts.append(UInt32(table.bytes.count))
        }
        return table
    }()

    /// Makes the table now rather than on first use.
    static func prepare() {
        _ = table.classes.count
    }

    /// Letters with no decomposition that still read as a base letter.
    static let special: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ı": "i", "þ": "th", "Þ": "th",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t",
    ]

    /// Class and folded UTF-8 of a non-ASCII scalar, computed (the slow path).
    static func fold(_ scalar: Unicode.Scalar) -> (Class, [UInt8]) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return (.ignorable, [])
        default: break
        }
        guard properties.isAlphabetic || properties.numericType != nil else { return (.separator, []) }
        if let special = special[scalar] { return (.letter, Array(special.utf8)) }
        let folded = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            switch $0.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: return false
            default: return true
            }
        }
        let bytes = Array(String(String.UnicodeScalarView(folded)).utf8)
        return bytes.isEmpty ? (.ignorable, []) : (.letter, bytes)
    }

    /// Class and folded UTF-8 of a scalar above the table: lower case only
    /// (CJK and other scripts without case or diacritics to fold).
    static func foldHigh(_ scalar: Unicode.Scalar) -> (Class, [UInt8]) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return (.ignorable, [])
        default: break
        }
        guard properties.isAlphabetic || properties.numericType != nil else { return (.separator, []) }
        if properties.changesWhenLowercased { return (.letter, Array(properties.lowercaseMapping.utf8)) }
        return (.letter, Array(String(scalar).utf8))
    }
}
