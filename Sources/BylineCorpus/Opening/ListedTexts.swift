import Foundation
import Synchronization

/// The text of every article an opening's first pass listed, by place, kept
/// for the passes after it so that no file is read and parsed again: in an
/// unnamed temporary file beside the cache (never in the corpus), which the
/// system deletes when it is closed or the process ends, and which the page
/// cache, not the process, holds in memory.
///
/// The parsing threads ``write(_:)`` texts as they come, each to a place of
/// its own in the file; the list's thread then ``record(_:)``s where each
/// listed article's text is, in list order. Reading by place is safe from
/// any thread once the list is recorded.
final class ListedTexts: @unchecked Sendable {
    /// Where one text is in the file.
    struct Location: Sendable {
        var offset: Int
        var length: Int
    }

    private let descriptor: Int32
    private let end = Atomic<Int>(0)
    private let failed = Atomic<Bool>(false)
    // Written by the list's thread only, read after the list pass.
    private var locations: [Location] = []

    /// An unnamed file in `folder` (made if missing), or nil when none can
    /// be made there.
    init?(folder: String) {
        guard CorpusCache.mkdirParents(folder) == 0 || errno == EEXIST else { return nil }
        // O_TMPFILE: a file with no name, gone when closed.
        let fd = open(folder, Int32(0o20000000) | O_DIRECTORY | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// The number of texts recorded.
    var count: Int { locations.count }

    /// False once a write failed (a full disk, a quota): the texts are then
    /// not used, and the files are read again.
    var isWhole: Bool { !failed.load(ordering: .acquiring) }

    /// Writes `text` to a place of its own; nil when it could not be written.
    func write(_ text: String) -> Location? {
        guard isWhole else { return nil }
        var text = text
        return text.withUTF8 { bytes -> Location? in
            let offset = end.add(bytes.count, ordering: .relaxed).oldValue
            var done = 0
            while done < bytes.count {
                let n = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    failed.store(true, ordering: .releasing)
                    return nil
                }
                done += n
            }
            return Location(offset: offset, length: bytes.count)
        }
    }

    /// Records where the text of the next listed place is (nil: it could
    /// not be written, and the texts are not whole).
    func record(_ location: Location?) {
        guard let location else {
            failed.store(true, ordering: .releasing)
            return
        }
        locations.append(location)
    }

    /// The text at `place`, or nil when it cannot be read.
    func text(at place: Int) -> String? {
        guard isWhole, place >= 0, place < locations.count else { return nil }
        let location = locations[place]
        guard location.length > 0 else { return "" }
        var failedRead = false
        let text = String(unsafeUninitializedCapacity: location.length) { buffer in
            var done = 0
            while done < location.length {
                let n = pread(descriptor, buffer.baseAddress! + done, location.length - done, off_t(location.offset + done))
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
}
