import Foundation

/// A corpus's listing as the walk finds it: the walk runs on a thread of its
/// own and hands its entries over in corpus order, a few hundred at a time,
/// so that parsing can start on the first folder while the others are
/// walked (see ``CorpusLoader/streamListing()``).
final class ListingStream: @unchecked Sendable {
    /// Entries handed over at once by the walk.
    static let handOver = 256

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var entries: [CorpusWalker.Entry] = []
    private var bytes = 0
    private var ignored: [String] = []
    private var isFinished = false
    private var isAbandoned = false

    /// Adds entries the walk found, with their files' bytes.
    func add(_ found: ArraySlice<CorpusWalker.Entry>) {
        var added = 0
        for case .file(let file) in found { added += file.size }
        condition.lock()
        entries += found
        bytes += added
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the walk finished, with the files it passed over.
    func finish(ignored: [String]) {
        condition.lock()
        self.ignored = ignored
        isFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Asks the walk to stop at its next entry (its listing is then incomplete).
    func abandon() {
        condition.lock()
        isAbandoned = true
        condition.unlock()
    }

    /// Whether ``abandon()`` was called.
    var wasAbandoned: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isAbandoned
    }

    /// Waits until the walk has found more than `limit` bytes of files in
    /// `entries` entries or more, or has finished; returns the bytes found
    /// then, and whether it finished.
    func waitUntil(moreThan limit: Int, entries minimum: Int = 0) -> (bytes: Int, finished: Bool) {
        condition.lock()
        defer { condition.unlock() }
        while (bytes <= limit || entries.count < minimum) && !isFinished { condition.wait() }
        return (bytes, isFinished)
    }

    /// The entries found so far and whether the walk finished.
    var found: (count: Int, finished: Bool) {
        condition.lock()
        defer { condition.unlock() }
        return (entries.count, isFinished)
    }

    /// Whether a few files spread over those found so far are in the page
    /// cache (see ``Readahead/samplesAreCached(_:)``); false for too few files.
    var filesAreCached: Bool {
        condition.lock()
        let paths = Readahead.paths(of: entries)
        condition.unlock()
        return paths.count > Readahead.samples && Readahead.samplesAreCached(paths)
    }

    /// The entries from `start` on found so far, waiting for at least one
    /// when there are none yet; nil once the walk finished before `start`.
    func entries(from start: Int) -> [CorpusWalker.Entry]? {
        condition.lock()
        defer { condition.unlock() }
        while entries.count <= start && !isFinished { condition.wait() }
        return entries.count > start ? Array(entries[start...]) : nil
    }

    /// The whole listing, once the walk has finished (waits for it).
    var listing: CorpusLoader.Listing {
        condition.lock()
        defer { condition.unlock() }
        while !isFinished { condition.wait() }
        return CorpusLoader.Listing(entries: entries, ignored: ignored)
    }

    /// The entries in corpus order, each as soon as the walk finds it.
    var sequence: some Sequence<CorpusWalker.Entry> {
        Swift.sequence(state: (taken: 0, chunk: ArraySlice<CorpusWalker.Entry>())) { [self] state in
            if state.chunk.isEmpty {
                guard let more = entries(from: state.taken) else { return nil }
                state.chunk = more[...]
                state.taken += more.count
            }
            return state.chunk.popFirst()
        }
    }
}
