@testable import BylineCorpus
import BylineTestSupport
import Dispatch
import Foundation
import Synchronization
import Testing

/// Texts kept in an unnamed temporary file: written from several threads,
/// read back by place, nothing left in the folder.
@Suite struct ListedTextsTests {
    @Test func writtenFromSeveralThreadsReadBackByPlace() throws {
        let folder = try TemporaryFolder()
        let texts = try #require(ListedTexts(folder: folder.path("cache")))
        let words = (0..<500).map { "Article \($0)\n\nCafé “\($0)” " + String(repeating: "ü", count: $0 % 40) }
        let locations = Mutex<[Int: ListedTexts.Location]>([:])
        DispatchQueue.concurrentPerform(iterations: words.count) { k in
            let location = texts.write(words[k])
            locations.withLock { $0[k] = location }
        }
        for k in words.indices { texts.record(locations.withLock { $0[k] }) }
        #expect(texts.isWhole && texts.count == words.count)
        for k in words.indices { #expect(texts.text(at: k) == words[k]) }
        #expect(texts.text(at: words.count) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("cache")).isEmpty, "the file has no name")
    }

    @Test func aTextThatCouldNotBeWrittenMakesThemUnused() throws {
        let folder = try TemporaryFolder()
        let texts = try #require(ListedTexts(folder: folder.root))
        texts.record(texts.write("First\n\nBody."))
        texts.record(nil)
        #expect(!texts.isWhole)
        #expect(texts.text(at: 0) == nil)
    }

    @Test func noFileWhereNoneCanBeMade() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain", "a file, not a folder")
        #expect(ListedTexts(folder: folder.path("plain/cache")) == nil)
    }
}
