#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an article's text stands word for word in its file: bytes
/// `start ..< end` of a file then `fileSize` bytes long. Most plain-text
/// articles are their whole file, so a list's snippets read just those
/// bytes again instead of reading and parsing the file.
public struct VerbatimText: Sendable, Hashable {
    public var start: UInt32
    public var end: UInt32
    public var fileSize: UInt32

    /// Where `text` stands in `file` (all of a file's bytes), if it does:
    /// looked for at each of the first 64 places holding its first byte
    /// (a text is most often the file from its start, or from just after
    /// some lines the parser left out).
    static func find(_ text: String, in file: [UInt8]) -> VerbatimText? {
        guard file.count < Int(UInt32.max) else { return nil }
        var text = text
        return text.withUTF8 { needle -> VerbatimText? in
            guard let first = needle.first, needle.count <= file.count else { return nil }
            return file.withUnsafeBufferPointer { haystack -> VerbatimText? in
                var from = 0
                for _ in 0..<64 {
                    guard let start = UTF8Search.offset(of: first, in: haystack, from: from, to: haystack.count - needle.count + 1)
                    else { return nil }
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 {
                        return VerbatimText(start: UInt32(start), end: UInt32(start + needle.count), fileSize: UInt32(file.count))
                    }
                    from = start + 1
                }
                return nil
            }
        }
    }

    /// The text read again from the file at `path`: nil when the file is
    /// no longer a regular file of the same size, cannot be read, or the
    /// bytes are not UTF-8 (then the file is read and parsed as a whole).
    func read(from path: String) -> String? {
        guard start <= end, end <= fileSize else { return nil }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, FileSystem.Kind(mode: UInt32(status.st_mode)) == .regular,
              Int(status.st_size) == Int(fileSize) else { return nil }
        let count = Int(end - start)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            while filled < count {
                let n = pread(fd, buffer.baseAddress! + filled, count - filled, off_t(Int(start) + filled))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    complete = false
                    break
                }
                filled += n
            }
        }
        guard complete else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
