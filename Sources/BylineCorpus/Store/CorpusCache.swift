import Foundation

/// Where a corpus's snapshot is kept between openings: one file per corpus
/// under `$XDG_CACHE_HOME/byline` (`~/.cache/byline`), named after the
/// corpus's absolute path, never inside the corpus.
///
/// The file is written whole to a temporary name and renamed over the old
/// one, so a reader sees the old file or the new one, never half of either:
/// a crash, Ctrl-C or a full disk while writing leaves the old cache as it
/// was, and two Byline processes on one corpus cannot mix their writes.
/// Every read checks a magic number, the format version, the producer (a
/// different build of Byline analyses differently), the corpus path, the
/// length and a checksum; anything else is "damaged" and rebuilt.
public struct CorpusCache: Sendable {
    /// The folder holding the caches.
    public let folder: String
    /// The cache file of this corpus.
    public let file: String
    /// The corpus's absolute path, as recorded in the file.
    public let corpusPath: String
    /// What made the cache: a different producer's cache is not used.
    public let producer: String

    static let magic = Array("BYLINE CACHE\n".utf8)
    static let endMagic = Array("BYLEND\n\0".utf8)
    static let formatVersion: UInt64 = 3

    /// The cache for the corpus at `corpusPath` in `folder`.
    public init(folder: String, corpusPath: String, producer: String) {
        self.folder = folder
        self.corpusPath = corpusPath
        self.producer = producer
        let name = String(Self.checksum(Array(corpusPath.utf8)), radix: 16)
        file = (folder.hasSuffix("/") ? folder : folder + "/") + name + ".byline-cache"
    }

    /// The cache folder the environment names: `$XDG_CACHE_HOME/byline`,
    /// else `$HOME/.cache/byline`; nil when neither is set.
    public static func folder(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/byline" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/byline" }
        return nil
    }

    /// Why a cache could not be used or written.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case missing
        case damaged(String)
        case otherProducer
        case otherCorpus
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .missing: return "no cache yet"
            case .damaged(let reason): return "the cache was damaged (\(reason))"
            case .otherProducer: return "the cache was made by another version of Byline"
            case .otherCorpus: return "the cache belongs to another corpus"
            case .cannotWrite(let reason): return reason
            }
        }
    }

    /// Reads the snapshot, or says why it cannot be used.
    func read() -> Result<CorpusSnapshot, Problem> {
        let bytes: [UInt8]
        switch FileSystem.readFile(file, limit: Int.max) {
        case .success(let read): bytes = read
        case .failure(.system(let failure)) where failure.code == ENOENT || failure.code == ENOTDIR: return .failure(.missing)
        case .failure(let failure): return .failure(.damaged("cannot read it: \(failure)"))
        }
        let footer = 8 + 8 + Self.endMagic.count
        guard bytes.count >= Self.magic.count + footer, Array(bytes.prefix(Self.magic.count)) == Self.magic,
              Array(bytes.suffix(Self.endMagic.count)) == Self.endMagic else {
            return .failure(.damaged("truncated or not a Byline cache"))
        }
        var tail = BinaryReader(bytes, from: bytes.count - footer)
        guard let sum = try? tail.fixed(), let length = try? tail.fixed(), length == UInt64(bytes.count - footer),
              sum == Self.checksum(bytes, count: bytes.count - footer) else {
            return .failure(.damaged("checksum or length does not match"))
        }
        var reader = BinaryReader(bytes, from: Self.magic.count, to: bytes.count - footer)
        do {
            guard try reader.unsigned() == Self.formatVersion, try reader.string() == producer else { return .failure(.otherProducer) }
            guard try reader.string() == corpusPath else { return .failure(.otherCorpus) }
            let snapshot = try CorpusSnapshot(reading: &reader)
            guard reader.isAtEnd else { return .failure(.damaged("data after the end")) }
            return .success(snapshot)
        } catch {
            return .failure(.damaged(error.description))
        }
    }

    /// Writes the snapshot in place of the old cache (see the type's notes).
    func write(_ snapshot: CorpusSnapshot) -> Problem? {
        Self.replace(file, in: folder) { fd in
            // Written as it is made, 4 MB at a time: the cache is never
            // whole in memory beside the corpus it describes.
            var sum = Checksum()
            var failure: String?
            var writer = BinaryWriter(flushingEvery: 4 << 20) { block in
                sum.add(words: block)
                if failure == nil { failure = Self.writeAll(fd, block) }
            }
            for byte in Self.magic { writer.byte(byte) }
            writer.unsigned(Self.formatVersion)
            writer.string(producer)
            writer.string(corpusPath)
            snapshot.write(to: &writer)
            let length = writer.count
            writer.bytes.withUnsafeBytes { rest in
                let words = rest.count & ~7
                sum.add(words: UnsafeRawBufferPointer(rebasing: rest[..<words]))
                sum.add(tail: UnsafeRawBufferPointer(rebasing: rest[words...]))
            }
            let checksum = sum.hash
            writer.fixed(checksum)
            writer.fixed(UInt64(length))
            for byte in Self.endMagic { writer.byte(byte) }
            if failure == nil { failure = writer.bytes.withUnsafeBytes { Self.writeAll(fd, $0) } }
            return failure
        }
    }

    /// Writes all of `bytes` to `fd`; the error, if any.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    /// Writes a new file beside `path` with `writing` (which returns an
    /// error, if any) and renames it over `path`.
    static func replace(_ path: String, in folder: String, writing: (Int32) -> String?) -> Problem? {
        if mkdirParents(folder) != 0 { return .cannotWrite("cannot create \(folder) (\(String(cString: strerror(errno))))") }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .cannotWrite("cannot write in \(folder) (\(String(cString: strerror(errno))))") }
        var failure = writing(fd)
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            return .cannotWrite("cannot write the cache in \(folder) (\(failure)); the previous cache is kept")
        }
        return nil
    }

    /// Removes temporary files that writers which no longer run left behind
    /// (a Byline killed while it wrote its cache).
    func removeAbandonedFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.contains(".byline-cache.tmp-") {
            let pidText = name.split(separator: "-").dropLast().last.map(String.init) ?? ""
            guard let pid = Int32(pidText), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + name)
        }
    }

    /// Creates a folder and its parents (0700), as `mkdir -p`.
    static func mkdirParents(_ path: String) -> Int32 {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return -1 }
        }
        return 0
    }

    /// A 64-bit checksum (FNV-1a over 8-byte words, then the tail bytes).
    static func checksum(_ bytes: [UInt8], count: Int? = nil) -> UInt64 {
        let n = min(count ?? bytes.count, bytes.count)
        var sum = Checksum()
        bytes.withUnsafeBytes { buffer in
            let words = n & ~7
            sum.add(words: UnsafeRawBufferPointer(rebasing: buffer[..<words]))
            sum.add(tail: UnsafeRawBufferPointer(rebasing: buffer[words..<n]))
        }
        return sum.hash
    }

    /// ``checksum(_:count:)`` taken block by block.
    struct Checksum {
        private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Adds 8-byte words: `buffer` holds a multiple of eight bytes.
        mutating func add(words buffer: UnsafeRawBufferPointer) {
            for k in 0..<(buffer.count / 8) {
                hash = (hash ^ buffer.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            }
        }

        /// Adds the last bytes, fewer than eight.
        mutating func add(tail buffer: UnsafeRawBufferPointer) {
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
    }
}
