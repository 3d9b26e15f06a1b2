/// Appends values to a byte array in Byline's store format: unsigned
/// integers as LEB128 varints, signed ones zigzagged, strings as a length
/// and UTF-8, arrays of fixed-width integers as their little-endian bytes.
/// ``BinaryReader`` reads them back in the same order.
struct BinaryWriter {
    /// What is written and not yet handed to the sink.
    private(set) var bytes: [UInt8] = []
    /// Bytes handed to the sink so far.
    private(set) var handedOut = 0
    /// Takes the bytes, in blocks of a multiple of eight, once `flushSize`
    /// are gathered, so that a large store is never whole in memory.
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    private let flushSize: Int

    /// A writer that keeps everything in `bytes`.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        sink = nil
        flushSize = .max
    }

    /// A writer that hands its bytes to `sink` every `flushSize` or so.
    init(flushingEvery flushSize: Int, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        self.flushSize = max(8, flushSize)
        bytes.reserveCapacity(self.flushSize + 64)
    }

    /// Bytes written in all.
    var count: Int { handedOut + bytes.count }

    /// Hands the gathered bytes over when there are enough (all but the
    /// last few, so that blocks stay multiples of eight).
    private mutating func handOverIfFull() {
        guard bytes.count >= flushSize, let sink else { return }
        let n = bytes.count & ~7
        bytes.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        bytes.removeFirst(n)
        handedOut += n
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
        handOverIfFull()
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
        handOverIfFull()
    }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
        handOverIfFull()
    }

    mutating func count(_ value: Int) {
        unsigned(UInt64(max(0, value)))
    }

    mutating func signed(_ value: Int) {
        let value = Int64(value)
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func double(_ value: Double) {
        fixed(value.bitPattern)
    }

    mutating func fixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        handOverIfFull()
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
        handOverIfFull()
    }

    mutating func optionalString(_ value: String?) {
        if let value {
            bool(true)
            string(value)
        } else {
            bool(false)
        }
    }

    /// A length, then the bytes.
    mutating func blob<C: Collection>(_ value: C) where C.Element == UInt8 {
        count(value.count)
        bytes.append(contentsOf: value)
        handOverIfFull()
    }

    /// A length, then each value's four little-endian bytes.
    mutating func uint32s(_ values: [UInt32]) {
        count(values.count)
        values.withUnsafeBufferPointer { buffer in
            if UInt32(1).littleEndian == 1 {
                bytes.append(contentsOf: UnsafeRawBufferPointer(buffer))
            } else {
                for value in buffer { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
            }
        }
        handOverIfFull()
    }

    /// A length, then each value's four little-endian bytes.
    mutating func int32s(_ values: [Int32]) {
        uint32s(values.map { UInt32(bitPattern: $0) })
    }

    mutating func append(_ other: BinaryWriter) {
        bytes.append(contentsOf: other.bytes)
        handOverIfFull()
    }
}
