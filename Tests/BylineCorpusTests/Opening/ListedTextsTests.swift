@testable import BylineCorpus
import BylineTestSupport
import Dispatch
import Foundation
import Testing

/// Texts kept in an unnamed temporary file: written in blocks, read back
/// by place from several threads, nothing left in the folder.
@Suite struct ListedTextsTests {
    @Test func readBackByPlaceFromSeveralThreads() throws {
        let folder = try TemporaryFolder()
        let texts = try #require(ListedTexts(folder: folder.path("cache")))
        // Enough to fill several blocks, with texts across their edges.
        let words = (0..<3000).map { "Article \($0)\n\nCafé “\($0)” " + String(repeating: "ü", count: $0 % 40) + String(repeating: "x", count: $0 * 7 % 5000) }
        for word in words { texts.append(word) }
        texts.append("")
        texts.finish()
        #expect(texts.isWhole && texts.count == words.count + 1)
        DispatchQueue.concurrentPerform(iterations: words.count) { k in
            #expect(texts.text(at: k) == words[k])
        }
        #expect(texts.text(at: words.count) == "")
        #expect(texts.text(at: words.count + 1) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("cache")).isEmpty, "the file has no name")
    }

    @Test func noFileWhereNoneCanBeMade() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain", "a file, not a folder")
        #expect(ListedTexts(folder: folder.path("plain/cache")) == nil)
    }
}
