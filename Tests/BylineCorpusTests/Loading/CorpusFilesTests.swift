@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// Reading a listed article again from its file: as it was loaded, as it is
/// now when it changed, nothing when it is gone; records of JSON Lines found
/// by number.
@Suite struct CorpusFilesTests {
    @Test func rereadsChangesAndVanishes() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "First headline\n\nThe body of the first article.\n")
        try folder.write("feed.jsonl", """
            {"title": "One", "text": "The first record."}
            not json
            {"title": "Three", "text": "The third record."}

            """)
        let loader = try CorpusLoader(path: folder.root)
        let corpus = try Corpus.load(path: folder.root)
        let files = CorpusFiles(loader: loader)
        let entries = corpus.articles.map(ArticleEntry.init)
        #expect(entries.map(\.id) == ["a.txt", "feed.jsonl#1", "feed.jsonl#3"])
        for (entry, article) in zip(entries, corpus.articles) {
            #expect(files.article(entry)?.text == article.text)
        }
        // Changed on disk: the new text (once what was kept is forgotten).
        try folder.write("a.txt", "Second headline\n\nA new body.\n")
        files.forget()
        #expect(files.article(entries[0])?.title == "Second headline")
        // Gone: nothing, not a crash.
        try FileManager.default.removeItem(atPath: folder.path("a.txt"))
        files.forget()
        #expect(files.article(entries[0]) == nil)
        try folder.write("feed.jsonl", "{\"title\": \"Only\", \"text\": \"One record now.\"}\n")
        #expect(files.article(entries[2]) == nil, "record 3 no longer exists")
    }
}
