import Foundation
import Synchronization

/// Asks the kernel to read ahead the files a load is about to parse, when
/// they are not in the page cache (a corpus opened for the first time since
/// the machine started): a few threads open each file a little ahead of the
/// parsers and advise the kernel it will be needed, so the disk has several
/// reads to serve at once instead of the one or two the parsers wait on.
/// When the files are already cached, nothing is done.
///
/// Only a hint: a file it cannot open is passed over (the parser reports
/// it), and it never reads a byte itself, follows a link or waits on a FIFO.
final class Readahead: Sendable {
    /// Files advised ahead of the last batch handed to the parsers.
    static let ahead = 4096
    /// Threads advising at once (each waits on the disk, not on a core).
    static let threads = 4
    /// Files looked at to tell whether the corpus is in the page cache.
    static let samples = 16

    private let paths: [String]
    private let next = Atomic<Int>(0)
    private let handedOut = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchGroup()

    private init(paths: [String]) {
        self.paths = paths
    }

    /// The paths of `entries` worth reading ahead: files parsed whole (a
    /// JSON Lines file is streamed as it is read), in order.
    static func paths(of entries: some Sequence<CorpusWalker.Entry>) -> [String] {
        entries.compactMap { entry in
            if case .file(let file) = entry, file.format != .jsonLines { return file.absolutePath }
            return nil
        }
    }

    /// A read-ahead for `paths` (in the order they will be parsed), started,
    /// or nil when the first page of every sampled file is already cached.
    static func startIfUncached(_ paths: [String]) -> Readahead? {
        guard paths.count > samples, !samplesAreCached(paths) else { return nil }
        return start(paths)
    }

    /// A read-ahead for `paths`, started whether or not they are cached.
    static func start(_ paths: [String]) -> Readahead {
        let readahead = Readahead(paths: paths)
        for _ in 0..<threads {
            readahead.finished.enter()
            let thread = Thread { [readahead] in
                readahead.advise()
                readahead.finished.leave()
            }
            thread.stackSize = 256 << 10
            thread.start()
        }
        return readahead
    }

    /// Tells the threads that the files before `count` went to the parsers.
    func handedOut(upTo count: Int) {
        handedOut.store(count, ordering: .relaxed)
    }

    /// Stops the threads and waits for them.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        finished.wait()
    }

    private func advise() {
        while !stopped.load(ordering: .relaxed) {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < paths.count else { return }
            while index > handedOut.load(ordering: .relaxed) + Self.ahead {
                if stopped.load(ordering: .relaxed) { return }
                usleep(2_000)
            }
            let fd = open(paths[index], O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            _ = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED)
            close(fd)
        }
    }

    /// Whether the first page of each of a few files spread over `paths` is
    /// in the page cache (files that cannot be mapped count as cached).
    static func samplesAreCached(_ paths: [String]) -> Bool {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        for k in 0..<samples {
            let fd = open(paths[k * (paths.count - 1) / (samples - 1)], O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard let map = mmap(nil, page, PROT_READ, MAP_SHARED, fd, 0), map != MAP_FAILED else { continue }
            defer { munmap(map, page) }
            var resident: UInt8 = 0
            if mincore(map, page, &resident) == 0 && resident & 1 == 0 { return false }
        }
        return true
    }
}
