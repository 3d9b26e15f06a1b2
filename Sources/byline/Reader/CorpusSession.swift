import BylineCorpus
import BylineUI
import Foundation
import Synchronization

/// The reader's side of opening a corpus: a ``CorpusOpener`` works on a
/// background thread and its reports wait here, as library updates, until
/// the UI thread takes them. The UI thread never waits for the opener.
final class CorpusSession: Sendable {
    /// Reports waiting for the UI thread.
    final class Inbox: Sendable {
        let updates = Mutex<[LibraryUpdate]>([])
    }

    private let inbox = Inbox()
    let opener: CorpusOpener

    init(loader: CorpusLoader, cache: CorpusCache?) {
        let inbox = self.inbox
        opener = CorpusOpener(loader: loader, cache: cache) { event in
            inbox.updates.withLock { $0.append(.corpus(event)) }
        }
    }

    var loader: CorpusLoader { opener.loader }
    var source: CorpusFiles { opener.source }
    var analyzer: Analyzer { opener.analyzer }

    func start() { opener.start() }
    func cancel() { opener.cancel() }

    /// True until opening has finished (or stopped).
    var isRunning: Bool { opener.isRunning }

    /// Adds a report made elsewhere (snippets made in the background).
    func post(_ update: LibraryUpdate) {
        inbox.updates.withLock { $0.append(update) }
    }

    /// Takes the reports that arrived since the last call.
    func takeUpdates() -> [LibraryUpdate] {
        inbox.updates.withLock { updates in
            let taken = updates
            updates.removeAll(keepingCapacity: true)
            return taken
        }
    }

    /// An empty library for this corpus, reading its articles from the files.
    func library() -> Library {
        var library = Library(path: loader.path, source: source)
        library.isSingleFile = loader.isSingleFile
        return library
    }
}
