import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// JSON Lines files are streamed in chunks; records that straddle a chunk
/// boundary must come out whole, numbered as in the file.
@Suite struct JSONLinesStreamTests {
    @Test func recordsAcrossChunkBoundariesStayWhole() throws {
        let corpus = try TemporaryCorpus()
        // About 9 MiB: more than two 4 MiB chunks, with a CRLF file and a BOM.
        let body = String(repeating: "Lorem ipsum dolor sit amet. ", count: 30)
        var text = "\u{FEFF}"
        for i in 1...12_000 {
            text += #"{"title": "Record \#(i)", "text": "\#(body)\#(i)", "date": "2020-01-02"}"# + "\r\n"
        }
        try corpus.write("big.jsonl", text)
        let load = try loadCorpus(corpus.root)
        #expect(load.problems.isEmpty)
        #expect(load.corpus.articles.count == 12_000)
        for (index, article) in load.corpus.articles.enumerated() {
            #expect(article.id == "big.jsonl#\(index + 1)")
            #expect(article.title == "Record \(index + 1)")
            #expect(article.paragraphs == [Substring(body + "\(index + 1)")])
            #expect(article.date?.iso8601 == "2020-01-02")
        }
        #expect(load.corpus.summary.description == "12000 articles from 1 file, 0 skipped")
    }
}
