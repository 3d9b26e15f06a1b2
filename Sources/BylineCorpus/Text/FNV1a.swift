/// The 64-bit FNV-1a hash, fed a byte (or a scalar's value) at a time: the
/// hash of words and names that Byline's own tables are keyed by
/// (``CapitalisationEvidence``, ``ReportingCue``, ``HashedNumbers``).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt64) {
        value = (value ^ byte) &* 0x0000_0100_0000_01B3
    }
}
