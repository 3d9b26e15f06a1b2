import BylineTestSupport
import Foundation
import Testing

/// `byline extract`, driven as a user drives it: the real binary, its
/// output, its messages and its exit status.
@Suite struct ExtractCommandTests {
    @Test func withoutAPathItReadsTheDemoCorpus() throws {
        let run = try BylineBinary.run(["extract"])
        #expect(run.status == 0)
        let articles = try run.objects()
        #expect(articles.count == 12)
        #expect(run.stderrLines.first == "no PATH given: reading the fictional demo corpus")
        #expect(run.stderrLines.last == "12 articles from 10 files, 0 skipped")
        // Keys in the documented order.
        #expect(run.stdoutText.hasPrefix(#"{"id":"business/coffee-futures-record.md","path":"business/coffee-futures-record.md","title":"#))
        for article in articles {
            let text = try #require(article["text"] as? String)
            let title = try #require(article["title"] as? String)
            #expect(text.hasPrefix(title + "\n\n"))
            #expect((article["words"] as? Int ?? 0) > 100)
            #expect(article["date"] is String || article["date"] is NSNull)
        }
    }

    @Test func entityAndNumberSpansSliceTheText() throws {
        let run = try BylineBinary.run(["extract", "--quiet"])
        var entities = 0, numbers = 0
        for article in try run.objects() {
            let text = Array((article["text"] as! String).unicodeScalars)
            for key in ["entities", "numbers"] {
                for mention in try #require(article[key] as? [[String: Any]]) {
                    let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
                    #expect(String(String.UnicodeScalarView(text[start..<end])) == mention["text"] as? String)
                    if key == "entities" {
                        entities += 1
                        #expect(["PERSON", "ORG", "PLACE", "GROUP"].contains(mention["type"] as? String))
                        #expect(!(mention["canonical"] as? String ?? "").isEmpty)
                    } else {
                        numbers += 1
                        #expect(["COUNT", "MONEY", "PERCENT", "DATE", "MEASURE", "ORDINAL"].contains(mention["kind"] as? String))
                    }
                }
            }
        }
        #expect(entities > 100)
        #expect(numbers > 50)
    }

    @Test func noAnalysisLeavesOutEntitiesAndNumbers() throws {
        let run = try BylineBinary.run(["extract", "--quiet", "--no-analysis"])
        let first = try #require(try run.objects().first)
        #expect(first["entities"] == nil)
        #expect(first["numbers"] == nil)
    }

    @Test func entitiesListsTheCorpusByMentions() throws {
        let run = try BylineBinary.run(["entities", "--format", "jsonl"])
        #expect(run.status == 0)
        let entries = try run.objects()
        #expect(entries.count > 20)
        let mentions = entries.map { $0["mentions"] as? Int ?? 0 }
        #expect(mentions == mentions.sorted(by: >))
        let places = try BylineBinary.run(["entities", "--type", "place", "--format", "jsonl"]).objects()
        #expect(!places.isEmpty)
        #expect(places.allSatisfy { $0["type"] as? String == "PLACE" })
        let table = try BylineBinary.run(["entities", "--limit", "3"])
        #expect(table.stdoutText.split(separator: "\n").count == 4)
        #expect(table.stdoutText.hasPrefix("TYPE    MENTIONS  ARTICLES  NAME"))
    }

    @Test func claimsAreGroupedBySpeaker() throws {
        let run = try BylineBinary.run(["claims", "--format", "jsonl"])
        #expect(run.status == 0)
        let claims = try run.objects()
        #expect(claims.count > 20)
        for claim in claims {
            #expect(["direct", "indirect", "according_to"].contains(claim["kind"] as? String))
            #expect(!(claim["content"] as? String ?? "").isEmpty)
            #expect((claim["content_start"] as? Int ?? -1) >= 0)
        }
        // Each speaker's claims come together.
        let groups = claims.map { $0["group"] as? String ?? "" }
        var seen = Set<String>()
        var previous = ""
        for group in groups where group != previous {
            #expect(!seen.contains(group), "\(group) appears in two places")
            seen.insert(group)
            previous = group
        }
        let one = try BylineBinary.run(["claims", "--speaker", "halvorsen"])
        #expect(one.stdoutText.hasPrefix("Ingrid Halvorsen ("))
    }

    @Test func jsonFormatIsOneArray() throws {
        let run = try BylineBinary.run(["extract", "--format", "json", "--quiet"])
        #expect(run.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(array.count == 12)
        #expect(run.stderr.isEmpty)
    }

    @Test func aMissingPathIsOneLineAndExitCodeOne() throws {
        let run = try BylineBinary.run(["extract", "/no/such/folder"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["byline: /no/such/folder: no such file or folder"])
    }

    @Test func badFilesAreReportedAndTheRestIsPrinted() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("a-good.txt", "Good story\n\nReal reporting here.\n")
        try corpus.write("b-binary.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        try corpus.write("c-empty.md", "")
        try corpus.write("d-feed.jsonl", "{\"title\": \"Fed\", \"text\": \"Fed body.\"}\n{oops\n")
        mkfifo(corpus.path("e-pipe.txt"), 0o644)
        let before = try corpus.snapshot()
        let run = try BylineBinary.run(["extract", corpus.root])
        #expect(run.status == 0)
        #expect(try run.objects().map { $0["id"] as? String } == ["a-good.txt", "d-feed.jsonl#1"])
        #expect(run.stderrLines == [
            "skipped b-binary.txt: binary file (contains NUL bytes), not text",
            "skipped c-empty.md: empty file",
            "skipped d-feed.jsonl line 2: malformed JSON at column 2 (invalid value)",
            "skipped e-pipe.txt: not a regular file but a FIFO (named pipe); not opened",
            "2 articles from 2 files, 3 skipped, 1 bad record skipped",
        ])
        #expect(try corpus.snapshot() == before, "nothing may be written inside the corpus")
    }

    @Test func unreadableFilesAreReportedForAnOrdinaryUser() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("open.txt", "Open story\n\nAnyone can read this.\n")
        try corpus.write("locked.txt", "Locked story\n\nNobody can read this.\n")
        chmod(corpus.path("locked.txt"), 0)
        // As root every file is readable: run as `nobody` to see what a user sees.
        let wrapper = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        if !wrapper.isEmpty && !FileManager.default.isExecutableFile(atPath: wrapper[0]) { return }
        let run = try BylineBinary.run(["extract", corpus.root], wrapper: wrapper)
        #expect(run.status == 0)
        #expect(try run.objects().map { $0["id"] as? String } == ["open.txt"])
        #expect(run.stderrLines == ["skipped locked.txt: cannot read (Permission denied)", "1 article from 1 file, 1 skipped"])
    }

    @Test func articleTextCannotReachTheTerminal() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("esc.txt", bytes: Array("Evil \u{1B}]0;owned\u{07}title\n\n\u{1B}[2J\u{1B}[31mRed\u{1B}[0m text \u{9B}6n here.\n".utf8))
        let run = try BylineBinary.run(["extract", corpus.root])
        #expect(!run.stdout.contains(0x1B))
        #expect(!run.stdoutText.contains("\\u001b"))
        let article = try #require(try run.objects().first)
        #expect(article["text"] as? String == "Evil title\n\nRed text here.")
    }

    @Test func fileNamesCannotReachTheTerminalEither() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("evil\u{1B}]0;owned\u{07}.txt", bytes: [0x00, 0x01])
        try corpus.write("notes\u{1B}[2J.log", "not an article")
        let run = try BylineBinary.run(["extract", "--verbose", corpus.root])
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}"))
        #expect(run.stderrLines == [
            "skipped evil\\x1B]0;owned\\x07.txt: binary file (contains NUL bytes), not text",
            "ignored notes\\x1B[2J.log: not an article format",
            "0 articles from 0 files, 1 skipped",
        ])
    }

    @Test func outputIsTheSameOnOneThreadOrMany() throws {
        let one = try BylineBinary.run(["extract", "--threads", "1"])
        let many = try BylineBinary.run(["extract", "--threads", "4"])
        #expect(one.stdout == many.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test(.enabled(if: SharedMaterial.available, "../shared/corpora is absent: skipping the BBC run"))
    func theBBCCorpusLoadsWhole() throws {
        let run = try BylineBinary.run(["extract", SharedMaterial.corpora + "/bbc"])
        #expect(run.status == 0)
        #expect(run.stderrLines.last == "2095 articles from 2095 files, 0 skipped")
        #expect(try run.objects().count == 2095)
    }
}
