import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// One bad file never stops the rest: each is reported with a clear reason.
@Suite struct BadInputTests {
    let story = "Headline of a story\n\nA paragraph of reporting.\n"

    /// The corpus with one good article beside `bad`, and the problems reported.
    func problems(with bad: (TemporaryCorpus) throws -> Void, maxFileSize: Int = 64 << 20) throws -> [String] {
        let corpus = try TemporaryCorpus()
        try corpus.write("good.txt", story)
        try bad(corpus)
        let load = try loadCorpus(corpus.root, maxFileSize: maxFileSize)
        #expect(load.ids.contains("good.txt"))
        return load.problems
    }

    @Test func binaryFiles() throws {
        let problems = try problems { try $0.write("photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A, 0x0A]) }
        #expect(problems == ["skipped photo.txt: binary file (contains NUL bytes), not text"])
    }

    @Test func emptyAndWhiteSpaceOnlyFiles() throws {
        let problems = try problems {
            try $0.write("empty.txt", "")
            try $0.write("spaces.md", "  \n\n\t\n")
        }
        #expect(problems == ["skipped empty.txt: empty file", "skipped spaces.md: no text (only white space)"])
    }

    @Test func unreadableFiles() throws {
        // Root reads any file; the end-to-end tests check this case as an ordinary user.
        guard geteuid() != 0 else { return }
        let problems = try problems { corpus in
            try corpus.write("locked.txt", "Secret\n\nText.\n")
            chmod(corpus.path("locked.txt"), 0)
        }
        #expect(problems == ["skipped locked.txt: cannot read (Permission denied)"])
    }

    @Test func filesOverTheSizeLimit() throws {
        let big = String(repeating: "word ", count: 400)
        let problems = try problems(with: { corpus in
            try corpus.write("big.txt", "Big\n\n\(big)\n")
            try corpus.write("big.jsonl", "{\"title\": \"Streamed\", \"text\": \"\(big)\"}\n")
        }, maxFileSize: 1024)
        #expect(problems == ["skipped big.txt: file is 2 KiB, over the 1 KiB limit (see --max-file-size)"])
    }

    @Test func fifosAreReportedAndNeverOpened() throws {
        let problems = try problems { $0.fifo("pipe.txt") }
        #expect(problems == ["skipped pipe.txt: not a regular file but a FIFO (named pipe); not opened"])
    }

    @Test func socketsAndDevicesAreReportedAndNeverOpened() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("good.txt", story)
        // A listening Unix socket: opening it as a file would fail or block.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let socketPath = corpus.path("live.sock.txt")
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in socketPath.utf8.prefix(buffer.count - 1).enumerated() { buffer[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        try corpus.link("null.txt", to: "/dev/null")
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["good.txt"])
        #expect(load.problems == [
            "skipped live.sock.txt: not a regular file but a socket; not opened",
            "skipped null.txt: symbolic link leaves the corpus (to /dev/null); not followed",
        ])
    }

    @Test func malformedJSONLinesKeepTheGoodLines() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("feed.jsonl", """
            {"title": "First", "text": "One."}
            {"title": "Broken", "text": 
            
            {"title": "Third", "text": "Three."}
            {"title": "No body"}
            [1, 2]
            {"title": "Last", "text": "Four."}
            """)
        let load = try loadCorpus(corpus.root)
        // Record numbers count every non-blank line, so ids stay put when a line breaks.
        #expect(load.ids == ["feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#6"])
        #expect(load.problems == [
            "skipped feed.jsonl line 2: malformed JSON (unexpected end of file during json parse)",
            "skipped feed.jsonl line 5: no article text (expected a text, body, content or article field)",
            "skipped feed.jsonl line 6: not a JSON object",
        ])
        #expect(load.corpus.summary.skippedRecords == 3)
        #expect(load.corpus.summary.files == 1)
    }

    @Test func malformedJSONReportsTheLine() throws {
        let problems = try problems { try $0.write("broken.json", "{\"title\": \"A\",\n \"text\": \"B\"\n,, }") }
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("skipped broken.json: malformed JSON at line 3"))
    }

    @Test func aJSONArrayKeepsItsGoodRecords() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("list.json", #"[{"title": "A", "text": "Alpha."}, {"title": "B"}, {"headline": "C", "body": "Gamma."}]"#)
        let load = try loadCorpus(corpus.root)
        #expect(load.ids == ["list.json#1", "list.json#3"])
        #expect(load.problems == ["skipped list.json#2: no article text (expected a text, body, content or article field)"])
    }

    @Test func aPageOfBoilerplateOnlyHasNoArticle() throws {
        let problems = try problems { try $0.write("promo.txt", "- Advertisement -\n\nSubscribe to our newsletter\n") }
        #expect(problems == ["skipped promo.txt: no article text (only boilerplate or a title)"])
    }

    @Test func escapeSequencesNeverSurvive() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("esc.txt", bytes: Array("Title \u{1B}[31mred\u{1B}[0m\r\n\r\nBody \u{1B}]0;owned\u{07}text \u{9B}2J and \u{1B}c reset.\r\n".utf8))
        let article = try #require(try loadCorpus(corpus.root).corpus.articles.first)
        #expect(article.title == "Title red")
        #expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!article.text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        #expect(article.paragraphs == ["Body text and reset."])
    }
}
