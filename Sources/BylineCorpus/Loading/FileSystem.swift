#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the loader needs, with errors as readable text.
///
/// The loader uses `lstat`/`opendir` directly rather than FileManager so that
/// it can tell FIFOs, sockets and devices apart without ever opening them,
/// follow symbolic links deliberately, and read files with one system call.
enum FileSystem {
    enum Kind: Sendable {
        case regular, directory, symbolicLink, fifo, socket, characterDevice, blockDevice, unknown

        init(mode: UInt32) {
            switch mode & 0o170000 {
            case 0o100000: self = .regular
            case 0o040000: self = .directory
            case 0o120000: self = .symbolicLink
            case 0o010000: self = .fifo
            case 0o140000: self = .socket
            case 0o020000: self = .characterDevice
            case 0o060000: self = .blockDevice
            default: self = .unknown
            }
        }

        var name: String {
            switch self {
            case .regular: return "regular file"
            case .directory: return "folder"
            case .symbolicLink: return "symbolic link"
            case .fifo: return "FIFO (named pipe)"
            case .socket: return "socket"
            case .characterDevice: return "character device"
            case .blockDevice: return "block device"
            case .unknown: return "special file"
            }
        }
    }

    struct Status: Sendable {
        var kind: Kind
        var size: Int
        var device: UInt64
        var inode: UInt64
        /// Last modification, in nanoseconds since 1970.
        var modified: Int64 = 0
        var identity: FileIdentity { FileIdentity(device: device, inode: inode) }

        init(kind: Kind, size: Int, device: UInt64, inode: UInt64, modified: Int64 = 0) {
            self.kind = kind
            self.size = size
            self.device = device
            self.inode = inode
            self.modified = modified
        }

        init(stat st: stat) {
            self.init(kind: Kind(mode: UInt32(st.st_mode)), size: Int(st.st_size), device: UInt64(st.st_dev),
                      inode: UInt64(st.st_ino), modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
        }
    }

    struct FileIdentity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    struct Failure: Error, Sendable {
        var code: Int32
        var message: String { String(cString: strerror(code)) }
        var isLinkLoop: Bool { code == ELOOP }
    }

    /// `lstat` (`followLinks == false`) or `stat`.
    static func status(_ path: String, followLinks: Bool) -> Result<Status, Failure> {
        var st = stat()
        let rc = followLinks ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return .failure(Failure(code: errno)) }
        return .success(Status(stat: st))
    }

    /// The names in a folder, hidden ones included, `.` and `..` excluded.
    static func entries(of path: String) -> Result<[String], Failure> {
        guard let dir = opendir(path) else { return .failure(Failure(code: errno)) }
        defer { closedir(dir) }
        var names = [String]()
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// The names in a folder with each one's `lstat` status (nil when it
    /// vanished between the listing and the status), stat-ed relative to the
    /// open folder, which saves looking the whole path up again per file.
    static func entriesWithStatus(of path: String) -> Result<[(name: String, status: Status?)], Failure> {
        guard let dir = opendir(path) else { return .failure(Failure(code: errno)) }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var result = [(name: String, status: Status?)]()
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            var st = stat()
            let status: Status? = fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? Status(stat: st) : nil
            result.append((name, status))
        }
        return .success(result)
    }

    /// The canonical absolute path, all links resolved.
    static func realPath(_ path: String) -> Result<String, Failure> {
        guard let resolved = realpath(path, nil) else { return .failure(Failure(code: errno)) }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// Reads a whole regular file. Never blocks on a FIFO: the file is opened
    /// non-blocking and checked to be regular before any read.
    static func readFile(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(Failure(code: errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.system(Failure(code: errno))) }
        let kind = Kind(mode: UInt32(st.st_mode))
        guard kind == .regular else { return .failure(.notRegular(kind)) }
        let size = Int(st.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        // Read into uninitialised memory: the file's bytes fill it, and a
        // file that shrank while it was read gives only what was there.
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(code: errno)
                    break
                }
                if n == 0 { break }  // the file shrank while we read it
                filled += n
            }
            count = failure == nil ? filled : 0
        }
        if let failure { return .failure(.system(failure)) }
        return .success(bytes)
    }

    enum ReadFailure: Error, Sendable {
        case system(Failure)
        case notRegular(Kind)
        case tooLarge(Int)
        /// A JSON Lines record longer than the limit, without a line end.
        case lineTooLong(afterLine: Int)
    }

    /// A file opened for streaming reads (JSON Lines).
    final class Stream {
        private let fd: Int32

        init(path: String) throws(ReadFailure) {
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw .system(Failure(code: errno)) }
            var st = stat()
            guard fstat(fd, &st) == 0 else { let e = errno; close(fd); throw .system(Failure(code: e)) }
            let kind = Kind(mode: UInt32(st.st_mode))
            guard kind == .regular else { close(fd); throw .notRegular(kind) }
            self.fd = fd
        }

        deinit { close(fd) }

        /// Appends up to `count` bytes to `buffer`; returns how many were read (0 at the end).
        func read(into buffer: inout [UInt8], count: Int) throws(ReadFailure) -> Int {
            let start = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: count))
            while true {
                let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + start, count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { buffer.removeLast(count); throw .system(Failure(code: errno)) }
                buffer.removeLast(count - n)
                return n
            }
        }
    }
}

/// `read(2)`, callable from inside a type that has a `read` method of its own.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
