import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// How a folder is walked: order, hidden folders, other files, nesting, links.
@Suite struct CorpusWalkTests {
    let story = "Headline of a story\n\nA paragraph of reporting.\n"

    @Test func walksRecursivelyInPathOrder() throws {
        let corpus = try TemporaryCorpus()
        for name in ["b/z.txt", "a.txt", "b/a.md", "B.txt", "b.txt"] { try corpus.write(name, story) }
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["B.txt", "a.txt", "b.txt", "b/a.md", "b/z.txt"])
        #expect(load.corpus.summary.description == "5 articles from 5 files, 0 skipped")
    }

    @Test func hiddenFoldersAndFilesArePassedOverSilently() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("kept.txt", story)
        try corpus.write(".git/objects/note.txt", story)
        try corpus.write(".cache/page.html", "<p>cached</p>")
        try corpus.write(".hidden.txt", story)
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["kept.txt"])
        #expect(load.problems.isEmpty)
    }

    @Test func filesOfOtherFormatsAreIgnoredNotSkipped() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("story.txt", story)
        try corpus.write("LICENSE", "MIT licence")
        try corpus.write("photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0x00])
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["story.txt"])
        #expect(load.corpus.summary.skippedFiles == 0)
        #expect(load.corpus.summary.ignoredFiles == ["LICENSE", "photo.jpg"])
    }

    @Test func tenThousandFilesInOneFolder() throws {
        let corpus = try TemporaryCorpus()
        for i in 0..<10_000 {
            try corpus.write(String(format: "many/%05d.txt", i), "Story \(i)\n\nBody of story \(i).\n")
        }
        let load = try loadCorpus(corpus.root)
        #expect(load.corpus.articles.count == 10_000)
        #expect(load.ids.first == "many/00000.txt")
        #expect(load.ids.last == "many/09999.txt")
    }

    @Test func fiftyLevelsOfNesting() throws {
        let corpus = try TemporaryCorpus()
        let deep = (0..<50).map { "level\($0)" }.joined(separator: "/")
        try corpus.write(deep + "/bottom.txt", story)
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == [deep + "/bottom.txt"])
    }

    @Test func linkLoopsAndLinksThatLeaveTheCorpusAreReported() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("real.txt", story)
        try corpus.folder("sub")
        try corpus.link("sub/loop", to: "..")
        try corpus.link("sub/outside.txt", to: "/etc/hostname")
        try corpus.link("sub/broken.txt", to: "missing.txt")
        try corpus.link("sub/one.txt", to: "two.txt")
        try corpus.link("sub/two.txt", to: "one.txt")
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["real.txt"])
        #expect(load.problems.contains { $0.hasPrefix("skipped sub/loop: symbolic link loop") })
        #expect(load.problems.contains { $0.hasPrefix("skipped sub/outside.txt: symbolic link leaves the corpus") })
        #expect(load.problems.contains { $0.hasPrefix("skipped sub/broken.txt: broken symbolic link") })
        #expect(load.problems.contains { $0 == "skipped sub/one.txt: symbolic link loop" })
    }

    @Test func linksInsideTheCorpusAreFollowedOnce() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("archive/story.txt", story)
        try corpus.link("latest", to: "archive")
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["archive/story.txt"])
        #expect(load.problems == ["skipped latest: symbolic link loop (this folder is already part of the corpus)"])
    }

    @Test func aSingleFileIsACorpusOfItsOwn() throws {
        let corpus = try TemporaryCorpus()
        let file = try corpus.write("folder/one.txt", story)
        let load = try loadCorpus(file)
        #expect(load.ids == ["one.txt"])
        #expect(load.corpus.articles.first?.path == "one.txt")
    }

    @Test func aMissingPathCannotBeOpened() throws {
        #expect(throws: CorpusLoader.OpenError.notFound("/no/such/corpus")) {
            try Corpus.load(path: "/no/such/corpus")
        }
    }

    @Test func aFIFOAsThePathIsRefusedWithoutOpeningIt() throws {
        let corpus = try TemporaryCorpus()
        corpus.fifo("pipe")
        #expect(throws: CorpusLoader.OpenError.notFileOrFolder(corpus.path("pipe"), kind: "FIFO (named pipe)")) {
            try Corpus.load(path: corpus.path("pipe"))
        }
    }

    @Test func nothingIsWrittenInsideTheCorpus() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", story)
        try corpus.write("feed.jsonl", "{\"title\": \"T\", \"text\": \"Body.\"}\n")
        try corpus.write("bad.bin.txt", bytes: [0, 1, 2])
        let before = try corpus.snapshot()
        _ = try loadCorpus(corpus.root)
        #expect(try corpus.snapshot() == before)
    }

    @Test func orderDoesNotDependOnThreads() throws {
        let corpus = try TemporaryCorpus()
        for i in 0..<300 { try corpus.write("s/\(i % 7)/\(i).txt", "Story \(i)\n\nText \(i).\n") }
        try corpus.write("s/3/bad.txt", bytes: [0])
        let one = try loadCorpus(corpus.root, parallelism: 1)
        let many = try loadCorpus(corpus.root, parallelism: 4)
        #expect(one.ids == many.ids)
        #expect(one.problems == many.problems)
        #expect(one.corpus.articles == many.corpus.articles)
    }
}
