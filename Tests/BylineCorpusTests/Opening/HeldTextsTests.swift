@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Synchronization
import Testing

/// A small corpus's text held in memory once opened, cold or from the
/// cache, so that snippets need no file; a large one's left on disk.
@Suite struct HeldTextsTests {
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Harbour plan approved\n\nThe council approved the harbour plan on Monday.\n")
        try folder.write("b/c.txt", "Bridge closed\n\nThe old bridge closed for repairs.\n")
        try folder.write("feed.jsonl", """
            {"title": "Ferry strike", "text": "Ferry crews walked out."}

            """)
        return folder
    }

    /// Opens `folder` with `cache`; returns the opener's source, the
    /// entries listed and whether any article was analysed (not so when
    /// all came from the cache).
    func open(_ folder: TemporaryFolder, cache: CorpusCache?) throws -> (CorpusFiles, [ArticleEntry], analysed: Bool) {
        let entries = Mutex<[ArticleEntry]>([])
        let analysed = Atomic<Bool>(false)
        let opener = CorpusOpener(loader: try CorpusLoader(path: folder.root), cache: cache) { event in
            if case .listed(let listed, _) = event { entries.withLock { $0 += listed } }
            if case .analysed = event { analysed.store(true, ordering: .relaxed) }
        }
        opener.run()
        return (opener.source, entries.withLock { $0 }, analysed.load(ordering: .relaxed))
    }

    @Test func aSmallCorpusOpenedColdKeepsItsTextWhenTheFilesGo() throws {
        let folder = try corpus()
        let (files, entries, _) = try open(folder, cache: nil)
        #expect(files.isHoldingTexts)
        #expect(files.heldTextCount == 3)
        let before = entries.map { files.text($0) }
        #expect(before.allSatisfy { $0 != nil })
        #expect(before[0]?.contains("harbour plan on Monday") == true)
        // The files are gone, and what was read of them forgotten: the texts stay.
        try FileManager.default.removeItem(atPath: folder.path("a.txt"))
        try FileManager.default.removeItem(atPath: folder.path("feed.jsonl"))
        files.forget()
        #expect(entries.map { files.text($0) } == before)
        #expect(files.article(entries[0]) == nil, "the full article is still read from its file")
    }

    @Test func aSmallCorpusOpenedFromTheCacheHoldsItsTextToo() throws {
        let folder = try corpus()
        let scratch = try TemporaryFolder()
        let cache = CorpusCache(folder: scratch.path("cache"), corpusPath: folder.root, producer: "held-texts-test")
        _ = try open(folder, cache: cache)
        let (files, entries, analysed) = try open(folder, cache: cache)
        #expect(!analysed, "opened from the cache")
        #expect(files.heldTextCount == 3)
        try FileManager.default.removeItem(atPath: folder.path("b/c.txt"))
        files.forget()
        #expect(files.text(entries[1])?.contains("closed for repairs") == true)
    }

    @Test func aLargeCorpusIsReadFromItsFiles() throws {
        let folder = try corpus()
        let files = CorpusFiles(loader: try CorpusLoader(path: folder.root))
        #expect(!files.holdTexts(whenFilesTotal: HeldTexts.budget + 1))
        let article = try #require(Corpus.load(path: folder.root).articles.first)
        files.hold(article)
        #expect(files.heldTextCount == 0)
        // Still read from its file.
        #expect(files.text(ArticleEntry(article)) == article.text)
        try FileManager.default.removeItem(atPath: folder.path("a.txt"))
        files.forget()
        #expect(files.text(ArticleEntry(article)) == nil)
    }
}
