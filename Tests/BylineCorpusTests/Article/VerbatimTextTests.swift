@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// Where an article's text stands in its file, found once and read again
/// as it stands; anything else (a changed file, bytes that are not the
/// text) falls back to reading the file as a whole.
@Suite struct VerbatimTextTests {
    @Test func foundWhereItStandsAndNowhereElse() throws {
        let file = Array("Headline\n\nBody.\n".utf8)
        let whole = try #require(VerbatimText.find("Headline\n\nBody.", in: file))
        #expect(Array(file[Int(whole.start)..<Int(whole.end)]) == Array("Headline\n\nBody.".utf8))
        #expect(whole.fileSize == UInt32(file.count))
        let later = try #require(VerbatimText.find("Body.", in: file))
        #expect(later.start == 10)
        // "H" first stands where the text does not: the next place is tried.
        #expect(VerbatimText.find("Ha", in: Array("Hb Ha".utf8))?.start == 3)
        #expect(VerbatimText.find("Headline\n\nBody!", in: file) == nil)
        #expect(VerbatimText.find("", in: file) == nil)
        #expect(VerbatimText.find("Longer than the file itself", in: Array("Short".utf8)) == nil)
    }

    @Test func readAgainOnlyFromTheSameFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "  \nHeadline\n\nThe body, café.\n")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("a.txt"))))
        let place = try #require(VerbatimText.find("Headline\n\nThe body, café.", in: bytes))
        #expect(place.read(from: folder.path("a.txt")) == "Headline\n\nThe body, café.")
        // Of another size now: not read.
        try folder.write("a.txt", "  \nHeadline\n\nThe body, café, changed.\n")
        #expect(place.read(from: folder.path("a.txt")) == nil)
        // The same size, but the place cuts a character in two: not UTF-8, not read.
        try folder.write("a.txt", "   \nHeadline\n\nThe body, caf\u{E9}.")
        let cut = VerbatimText(start: place.start, end: place.end - 1, fileSize: place.fileSize)
        #expect(cut.read(from: folder.path("a.txt")) == nil)
        try FileManager.default.removeItem(atPath: folder.path("a.txt"))
        #expect(place.read(from: folder.path("a.txt")) == nil)
        #expect(VerbatimText(start: 5, end: 2, fileSize: 9).read(from: folder.path("b.txt")) == nil)
    }

    @Test func aFileReadSaysWhereItsTextStandsWhenItDoes() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain.txt", "Oil prices rise\n\nCrude oil rose on Monday, traders said.\n")
        try folder.write("crlf.txt", "Oil prices rise\r\n\r\nCrude oil rose on Monday.\r\n")
        try folder.write("page.html", "<html><head><title>Oil</title></head><body><p>Crude oil rose.</p></body></html>")
        try folder.write("feed.jsonl", "{\"title\": \"One\", \"text\": \"The first record.\"}\n")
        let corpus = try Corpus.load(path: folder.root)
        let byPath = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.path, $0) })
        for article in corpus.articles {
            guard let verbatim = article.verbatim else { continue }
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path(article.path))))
            #expect(Array(bytes[Int(verbatim.start)..<Int(verbatim.end)]) == Array(article.text.utf8), "\(article.path)")
        }
        #expect(byPath["plain.txt"]?.verbatim != nil)
        #expect(byPath["page.html"]?.verbatim == nil, "markup is not the text")
        #expect(byPath["feed.jsonl"]?.verbatim == nil, "records are read by number")
    }

    @Test func snippetsReadTheTextAsItStandsOrTheFileAsItIsNow() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "First headline\n\nThe body of the first article.\n")
        let loader = try CorpusLoader(path: folder.root)
        let corpus = try Corpus.load(path: folder.root)
        let files = CorpusFiles(loader: loader)
        let entry = try #require(corpus.articles.first.map(ArticleEntry.init))
        #expect(entry.verbatim != nil)
        #expect(files.text(entry) == corpus.articles[0].text)
        #expect(files.text(entry) == corpus.articles[0].text, "kept: the same again")
        // Changed on disk (another size): the file is read as a whole again.
        try folder.write("a.txt", "Second headline\n\nA new body, longer than before.\n")
        files.forget()
        #expect(files.text(entry) == "Second headline\n\nA new body, longer than before.")
        // The reader still gets the whole article after a text alone was kept.
        files.forget()
        try folder.write("a.txt", "First headline\n\nThe body of the first article.\n")
        _ = files.text(entry)
        #expect(files.article(entry)?.title == "First headline")
    }

    @Test func entriesKeepThePlaceThroughTheCache() throws {
        let entries = [
            ArticleEntry(path: "a.txt", title: "A", verbatim: VerbatimText(start: 3, end: 40, fileSize: 41)),
            ArticleEntry(path: "b.txt", title: "B"),
            ArticleEntry(path: "c.jsonl", record: 2, title: "C", verbatim: VerbatimText(start: 0, end: 0, fileSize: 0)),
        ]
        var writer = BinaryWriter()
        for entry in entries { entry.write(to: &writer) }
        var reader = BinaryReader(writer.bytes)
        for entry in entries { #expect(try ArticleEntry(reading: &reader) == entry) }
    }
}
