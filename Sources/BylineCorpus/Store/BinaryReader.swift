/// Reads what ``BinaryWriter`` wrote, checking every length against the
/// bytes there are: damaged or foreign data gives ``StoreError/damaged``,
/// never a crash or a huge allocation.
struct BinaryReader {
    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        position = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { position >= end }
    var remaining: Int { end - position }

    mutating func byte() throws(StoreError) -> UInt8 {
        guard position < end else { throw .damaged("ends too early") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func bool() throws(StoreError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw .damaged("bad flag")
        }
    }

    mutating func unsigned() throws(StoreError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw .damaged("number too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of things each taking at least `minimumBytes`: checked
    /// against what is left, so a damaged count cannot ask for gigabytes.
    mutating func count(minimumBytes: Int = 1) throws(StoreError) -> Int {
        let value = try unsigned()
        guard value <= UInt64(remaining / max(1, minimumBytes)) else { throw .damaged("count \(value) beyond the data") }
        return Int(value)
    }

    /// A non-negative number that is not a count of things to follow.
    mutating func number() throws(StoreError) -> Int {
        let value = try unsigned()
        guard value <= UInt64(Int.max) else { throw .damaged("number out of range") }
        return Int(value)
    }

    mutating func signed() throws(StoreError) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        guard let result = Int(exactly: value) else { throw .damaged("number out of range") }
        return result
    }

    mutating func fixed() throws(StoreError) -> UInt64 {
        guard remaining >= 8 else { throw .damaged("ends too early") }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(bytes[position + k]) << (8 * UInt64(k)) }
        position += 8
        return value
    }

    mutating func double() throws(StoreError) -> Double {
        Double(bitPattern: try fixed())
    }

    mutating func string() throws(StoreError) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func optionalString() throws(StoreError) -> String? {
        try bool() ? try string() : nil
    }

    mutating func blob() throws(StoreError) -> [UInt8] {
        let length = try count()
        defer { position += length }
        return Array(bytes[position..<position + length])
    }

    mutating func uint32s() throws(StoreError) -> [UInt32] {
        let length = try count(minimumBytes: 4)
        var values = [UInt32](repeating: 0, count: length)
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + 4 * length]))
            }
        }
        position += 4 * length
        if UInt32(1).littleEndian != 1 { values = values.map { UInt32(littleEndian: $0) } }
        return values
    }

    mutating func int32s() throws(StoreError) -> [Int32] {
        try uint32s().map { Int32(bitPattern: $0) }
    }
}

/// Why stored data cannot be used.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not what Byline wrote: truncated, damaged or foreign.
    case damaged(String)
    /// Reading or writing a file failed.
    case system(String)

    public var description: String {
        switch self {
        case .damaged(let reason): return "damaged (\(reason))"
        case .system(let message): return message
        }
    }
}
