/// The compressed posting lists of the index.
///
/// A list is the documents holding one term, in increasing order, each
/// with a weight: the term's frequency in the body plus
/// ``SearchScoring/titleBoost`` times its frequency in the title, capped at
/// 255. Each posting is a varint of `gap << 1 | hasWeight`, where `gap` is
/// the number of documents skipped since the previous posting (since the
/// document before the segment's first, for the first posting), followed by
/// the weight in one byte when it is not 1. Most postings take 1 or 2 bytes.
enum SearchPostings {
    /// Appends a posting `gap` documents after the previous one.
    @inline(__always)
    static func append(gap: UInt32, weight: UInt32, to bytes: inout [UInt8]) {
        var value = gap << 1 | (weight > 1 ? 1 : 0)
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
        if weight > 1 { bytes.append(UInt8(min(weight, 255))) }
    }

    /// Calls `body` with each document (as an index number) and weight of
    /// the list in `p ..< end`, whose first gap counts from `before + 1`.
    @inline(__always)
    static func forEach(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, after before: Int,
        _ body: (Int, UInt32) -> Void
    ) {
        var p = start
        var doc = before
        while p < end {
            var value = UInt32(p.pointee)
            p += 1
            if value >= 0x80 {
                value &= 0x7F
                var shift: UInt32 = 7
                while true {
                    let byte = UInt32(p.pointee)
                    p += 1
                    value |= (byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
            }
            doc += Int(value >> 1) + 1
            var weight: UInt32 = 1
            if value & 1 != 0 {
                weight = UInt32(p.pointee)
                p += 1
            }
            body(doc, weight)
        }
    }

    /// The first posting of a list: its gap, its weight, and where the next posting starts.
    static func first(_ bytes: ArraySlice<UInt8>) -> (gap: UInt32, weight: UInt32, rest: Int) {
        var index = bytes.startIndex
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while index < bytes.endIndex {
            let byte = UInt32(bytes[index])
            index += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        var weight: UInt32 = 1
        if value & 1 != 0, index < bytes.endIndex {
            weight = UInt32(bytes[index])
            index += 1
        }
        return (value >> 1, weight, index)
    }
}
