#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads theme files with plain POSIX calls, so that every failure has a
/// reason to show (`Permission denied`), FIFOs and devices are refused
/// without blocking, and an oversized file is refused before it is read.
enum ThemeFileReader {
    /// Theme files are a few KiB; anything this big is not a theme.
    static let sizeLimit = 256 * 1024

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(ThemeError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot read (\(reason(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(path, "cannot read (\(reason(errno)))") }
        guard UInt32(info.st_mode) & UInt32(S_IFMT) == UInt32(S_IFREG) else {
            throw failure(path, "not a regular file")
        }
        guard Int(info.st_size) <= sizeLimit else { throw tooLarge(path, size: Int(info.st_size)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glue.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read (\(reason(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > sizeLimit { throw tooLarge(path, size: bytes.count) }
        }
    }

    /// True when `path` exists and is a folder (symbolic links followed).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && UInt32(info.st_mode) & UInt32(S_IFMT) == UInt32(S_IFDIR)
    }

    private static func failure(_ path: String, _ problem: String) -> ThemeError {
        ThemeError(path: path, problem: problem)
    }

    private static func tooLarge(_ path: String, size: Int) -> ThemeError {
        failure(path, "file is \((size + 1023) / 1024) KiB, over the \(sizeLimit / 1024) KiB limit for a theme")
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

/// The C library's `read`, out of the way of the method of the same name.
private enum Glue {
    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
        return Musl.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }
}
