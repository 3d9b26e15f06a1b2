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
        for (place, word) in words.enumerated() { texts.keep(word, at: place) }
        texts.keep("", at: words.count)
        texts.finish()
        #expect(texts.isWhole && texts.count == words.count + 1)
        DispatchQueue.concurrentPerform(iterations: words.count) { k in
            #expect(texts.text(at: k) == words[k])
        }
        #expect(texts.text(at: words.count) == "")
        #expect(texts.text(at: words.count + 1) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("cache")).isEmpty, "the file has no name")
    }

    @Test func placesSkippedOrUnreadHaveNoText() throws {
        let folder = try TemporaryFolder()
        let texts = try #require(ListedTexts(folder: folder.path("cache")))
        texts.keep("first", at: 0)
        texts.keep("fourth", at: 3)
        texts.keep(nil, at: 4)
        texts.keep("", at: 5)
        texts.keepNothing(upTo: 8)
        texts.finish()
        #expect(texts.isWhole && texts.count == 8)
        #expect((0..<8).map { texts.text(at: $0) } == ["first", nil, nil, "fourth", nil, "", nil, nil])
    }

    @Test func aPlaceOutOfOrderMakesTheTextsUnusable() throws {
        let folder = try TemporaryFolder()
        let texts = try #require(ListedTexts(folder: folder.path("cache")))
        texts.keep("second", at: 1)
        texts.keep("first", at: 0)
        texts.finish()
        #expect(!texts.isWhole)
        #expect(texts.text(at: 1) == nil)
    }

    @Test func noFileWhereNoneCanBeMade() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain", "a file, not a folder")
        #expect(ListedTexts(folder: folder.path("plain/cache")) == nil)
    }
}
