@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Synchronization

/// Opens a corpus synchronously and keeps what the opener reported.
final class OpeningRecorder: Sendable {
    private let events = Mutex<[CorpusEvent]>([])

    /// Runs an opener over `path` with `cache`, and returns the recorder.
    static func open(_ path: String, cache: CorpusCache?) throws -> OpeningRecorder {
        let recorder = OpeningRecorder()
        let opener = CorpusOpener(loader: try CorpusLoader(path: path), cache: cache) { event in
            recorder.events.withLock { $0.append(event) }
        }
        opener.run()
        return recorder
    }

    var all: [CorpusEvent] { events.withLock { $0 } }

    var entries: [ArticleEntry] {
        all.flatMap { event -> [ArticleEntry] in
            if case .listed(let entries, _) = event { return entries }
            return []
        }
    }

    var problems: [String] {
        all.flatMap { event -> [String] in
            if case .listed(_, let problems) = event { return problems }
            return []
        }
    }

    var notices: [String] {
        all.compactMap { event in
            if case .notice(let text) = event { return text }
            return nil
        }
    }

    /// Number of articles analysed one by one (none when restored from a cache).
    var analysedOneByOne: Int {
        all.reduce(0) { total, event in
            if case .analysed(let results) = event { return total + results.count }
            return total
        }
    }

    /// The last index reported.
    var index: SearchIndex? {
        all.reversed().lazy.compactMap { event -> SearchIndex? in
            if case .indexed(let index) = event { return index }
            return nil
        }.first
    }

    var finished: Bool {
        all.contains { if case .analysisComplete = $0 { return true } else { return false } }
    }

    /// Titles of the articles a query finds, best first.
    func titles(of query: String) -> [String] {
        guard let index else { return [] }
        let entries = self.entries
        return index.search(SearchQuery(parsing: query), limit: 50).hits.map { entries[$0.id].title }
    }
}
