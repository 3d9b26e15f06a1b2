import Foundation

/// Turns the raw bytes of a file into text.
///
/// Real corpora mix encodings: UTF-8 with or without a byte-order mark,
/// UTF-16 with a mark, and legacy Windows-1252/Latin-1 files. Bytes that are
/// not valid UTF-8 are read as Windows-1252, so a Latin-1 `£` comes out as `£`.
public enum TextDecoding {
    /// The encoding a file turned out to use.
    public enum Encoding: String, Sendable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1252
    }

    /// Why bytes could not be read as text.
    public enum Failure: Error, Equatable, Sendable {
        /// The bytes contain NUL: an image, archive, PDF or other binary file.
        case binary
    }

    /// Decodes `bytes` to UTF-8 code units, without the byte-order mark.
    ///
    /// A UTF-16 mark is believed only when NUL bytes follow it: UTF-16 text
    /// with a line break or any Latin letter has them. Without any, the two
    /// bytes are not a mark but a stray prefix, and the rest is read as the
    /// 8-bit text it is (else two ASCII letters would become one CJK sign).
    public static func utf8(from bytes: [UInt8]) -> Result<(bytes: [UInt8], encoding: Encoding), Failure> {
        if hasUTF16Mark(bytes) {
            let rest = Array(bytes.dropFirst(2))
            guard containsNUL(rest) else {
                return utf8(from: rest)
            }
            return utf16(rest[...], bigEndian: bytes[0] == 0xFE)
        }
        let body = withoutUTF8Mark(bytes)
        if containsNUL(body) {
            return .failure(.binary)
        }
        if isValidUTF8(body) { return .success((body, .utf8)) }
        return .success((windows1252ToUTF8(body), .windows1252))
    }

    /// Decodes `bytes` to a `String` (see ``utf8(from:)``). UTF-8 without
    /// a UTF-16 mark, the common case, is validated once, as the string is made.
    public static func string(from bytes: [UInt8]) -> Result<String, Failure> {
        guard !hasUTF16Mark(bytes) else {
            return utf8(from: bytes).map { String(decoding: $0.bytes, as: UTF8.self) }
        }
        let body = withoutUTF8Mark(bytes)
        if containsNUL(body) { return .failure(.binary) }
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        return .success(String(decoding: windows1252ToUTF8(body), as: UTF8.self))
    }

    /// Whether `bytes` start with a UTF-16 byte-order mark (either order).
    private static func hasUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// `bytes` without a UTF-8 byte-order mark at their start.
    private static func withoutUTF8Mark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// Whether `bytes` hold a NUL byte.
    private static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Search.offset(of: 0, in: $0) != nil }
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        (try? UTF8Span(validating: bytes.span)) != nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<(bytes: [UInt8], encoding: Encoding), Failure> {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        if units.contains(0) { return .failure(.binary) }
        let text = String(decoding: units, as: UTF16.self)
        return .success((Array(text.utf8), bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    }

    /// Windows-1252's assignments for 0x80–0x9F; 0 marks the five unassigned bytes.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The Unicode scalar Windows-1252 assigns to `byte`, if any.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte) - 0x80]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte); continue }
            guard let scalar = windows1252Scalar(byte) else { continue }
            out.append(contentsOf: UTF8.encode(scalar)!)
        }
        return out
    }
}
