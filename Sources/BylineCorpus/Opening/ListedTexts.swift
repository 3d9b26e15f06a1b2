import Foundation
import Synchronization

/// The text of every listed article, by place, kept by an opening's index
/// pass (which reads and parses the files) for the analysis pass, so that no
/// file is read and parsed a third time: in an unnamed temporary file beside
/// the cache (never in the corpus), which the system deletes when it is
/// closed or the process ends, and which the page cache, not the process,
/// holds in memory.
///
/// One thread ``keep(_:at:)``s each article's text in place order; texts are
/// gathered into large blocks written on a thread of their own. After
/// ``finish()``, texts are read by place from any thread.
final class ListedTexts: @unchecked Sendable {
    private let descriptor: Int32
    private let writer = DispatchQueue(label: "byline.listed-texts")
    /// Blocks handed over and not yet written, at most: bounds the memory held.
    private let slots = DispatchSemaphore(value: 2)
    private let failed = Atomic<Bool>(false)
    // The keeping thread only, until `finish()`; read-only after.
    private var starts: [Int] = [0]
    /// Places kept without a text, in order.
    private var textless: [Int] = []
    private var block: [UInt8] = []
    private var written = 0

    /// Bytes gathered before they are handed to the writing thread.
    static let blockSize = 4 << 20

    /// An unnamed file in `folder` (made if missing), or nil when none can
    /// be made there.
    init?(folder: String) {
        guard CorpusCache.mkdirParents(folder) == 0 || errno == EEXIST else { return nil }
        // O_TMPFILE: a file with no name, gone when closed.
        let fd = open(folder, Int32(0o20000000) | O_DIRECTORY | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        descriptor = fd
        block.reserveCapacity(Self.blockSize)
    }

    // Every write waiting on the writing thread holds the texts, so none is
    // left when they go.
    deinit { close(descriptor) }

    /// The number of texts kept.
    var count: Int { starts.count - 1 }

    /// False once a write failed (a full disk, a quota): the texts are then
    /// not used, and the files are read again.
    var isWhole: Bool { !failed.load(ordering: .acquiring) }

    /// Keeps the text of `place` (nil when it could not be read), and no
    /// text for the places between the last kept and it. Places must come
    /// in increasing order: one that does not makes the texts unusable.
    func keep(_ text: String?, at place: Int) {
        guard place >= count else {
            failed.store(true, ordering: .releasing)
            return
        }
        while count < place { append(nil) }
        append(text)
    }

    /// Keeps no text for the places from the last kept up to `count`.
    func keepNothing(upTo count: Int) {
        while self.count < count { append(nil) }
    }

    private func append(_ text: String?) {
        if text == nil { textless.append(count) }
        var text = text ?? ""
        text.withUTF8 { block.append(contentsOf: $0) }
        starts.append(starts[starts.count - 1] + text.utf8.count)
        if block.count >= Self.blockSize { handOver() }
    }

    /// Writes what is left and waits for every write: texts can be read from then on.
    func finish() {
        handOver()
        writer.sync {}
    }

    /// The text at `place`, or nil when it cannot be read or none was kept.
    func text(at place: Int) -> String? {
        guard isWhole, place >= 0, place < count, !Self.contains(textless, place) else { return nil }
        let start = starts[place], length = starts[place + 1] - start
        guard length > 0 else { return "" }
        var failedRead = false
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            var done = 0
            while done < length {
                let n = pread(descriptor, buffer.baseAddress! + done, length - done, off_t(start + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    failedRead = true
                    return 0
                }
                done += n
            }
            return done
        }
        return failedRead ? nil : text
    }

    /// Whether the sorted `places` contain `place`.
    private static func contains(_ places: [Int], _ place: Int) -> Bool {
        guard !places.isEmpty else { return false }
        var low = 0, high = places.count
        while low < high {
            let middle = (low + high) / 2
            if places[middle] < place { low = middle + 1 } else { high = middle }
        }
        return low < places.count && places[low] == place
    }

    /// Hands the gathered block to the writing thread.
    private func handOver() {
        guard !block.isEmpty else { return }
        let bytes = block, offset = written
        written += bytes.count
        block = []
        block.reserveCapacity(Self.blockSize)
        slots.wait()
        writer.async { [self] in
            defer { slots.signal() }
            guard !failed.load(ordering: .relaxed) else { return }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    failed.store(true, ordering: .releasing)
                    return
                }
                done += n
            }
        }
    }
}
