import BylineTestSupport
import Foundation
import Testing

/// The real `byline` in a real terminal (tmux): the three panes, filtering
/// as you type, theme colours on entities, jumping to a claim, resizing, and
/// the terminal restored on quit and on SIGTERM.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed (apt-get install -y tmux)"))
struct ReaderEndToEndTests {
    var bbc: String { SharedMaterial.corpora + "/bbc" }

    func launch(_ arguments: String, width: Int = 160, height: Int = 40) throws -> TmuxSession {
        try TmuxSession(command: "\(BylineBinary.url.path) \(arguments)", width: width, height: height)
    }

    /// The count the status bar shows: "1,204 of 2,095" → 1204; "2,095 articles" → 2095.
    func shownCount(_ screen: String) -> Int? {
        let lines = screen.split(separator: "\n")
        guard lines.count >= 2 else { return nil }
        let status = lines[lines.count - 2].trimmingCharacters(in: .whitespaces)
        let number = status.prefix { $0.isNumber || $0 == "," }.filter { $0 != "," }
        return Int(number)
    }

    @Test(.enabled(if: SharedMaterial.available, "needs ../shared/corpora/bbc"))
    func readingTheBBCCorpus() throws {
        let session = try launch("--theme dark \(bbc)")
        // All three panes, the full list.
        let first = try session.waitFor { $0.contains("2,095 articles") && $0.contains("Reader") && $0.contains("Claims") }
        #expect(first != nil, "three panes and 2,095 articles within 10 s")
        // The text index follows the list; the status bar says so until it is done.
        let searchable = try session.waitFor { $0.contains("2,095 articles") && !$0.contains("indexing") }
        #expect(searchable != nil, "every article searchable within 10 s")
        #expect(try session.paneVariable("alternate_on") == "1")

        // The list narrows on every keystroke, and the count follows.
        try session.send("/")
        var counts: [Int] = []
        var typed = ""
        for character in ["o", "i", "l"] {
            typed += character
            try session.send(character, literal: true)
            // The prompt and the count are drawn in the same frame.
            let after = try session.waitFor(timeout: 5) { screen in
                screen.split(separator: "\n").last?.hasPrefix("/" + typed) == true
            }
            counts.append(after.flatMap(shownCount) ?? -1)
        }
        // "o" is a prefix of nearly everything ("of"); "oil" is not.
        #expect(counts.allSatisfy { $0 > 0 && $0 <= 2095 }, "counts \(counts)")
        #expect(counts == counts.sorted(by: >=), "each letter narrows the list: \(counts)")
        #expect(counts[2] < counts[0] && counts[2] < 500, "counts \(counts)")
        try session.send("Enter")

        // Open the first match: an entity is drawn in its theme colour.
        try session.send("Enter")
        let coloured = try session.waitFor(escapes: true) { $0.contains("\u{1B}[38;5;") }
        let shown = (try? session.screen(escapes: true)) ?? ""
        #expect(coloured != nil, "256-colour escapes in the reader: \(shown.prefix(300).debugDescription)")

        // Jump to a claim from the claims panel.
        try session.send("3")
        try session.send("Enter")
        let jumped = try session.waitFor { $0.contains("▌") }
        #expect(jumped != nil, "the marked claim shows in the claims panel")

        // Resize to one pane and back.
        try session.resize(width: 60, height: 20)
        let narrow = try session.waitFor { screen in
            let lines = screen.split(separator: "\n")
            return lines.first.map { $0.count <= 60 } == true && !screen.contains("Articles ·") && screen.contains("Claims")
        }
        #expect(narrow != nil, "one pane at 60×20")
        try session.resize(width: 160, height: 40)
        let wide = try session.waitFor { $0.contains("Reader") && $0.contains("Claims") && $0.contains("Articles") }
        #expect(wide != nil, "three panes again at 160×40")

        // Quit: back to the list, then out; the terminal is as it was.
        try session.send("Q")
        #expect(session.exitStatus() == 0)
        #expect(session.terminalSettingsRestored)
        #expect(try session.paneVariable("alternate_on") == "0")
        #expect(try session.paneVariable("cursor_flag") == "1")
    }

    @Test(arguments: [("TERM", SIGTERM, Int32(143)), ("HUP", SIGHUP, Int32(129)), ("INT", SIGINT, Int32(130))])
    func signalsRestoreTheTerminal(name: String, signal: Int32, status: Int32) throws {
        let session = try launch("", width: 100, height: 30)
        #expect(try session.waitFor { $0.contains("articles") } != nil)
        let pid = try #require(session.programPID)
        kill(pid, signal)
        #expect(session.exitStatus() == status, "exit status after SIG\(name)")
        #expect(session.terminalSettingsRestored)
        #expect(try session.paneVariable("alternate_on") == "0")
    }

    @Test func aFailedPreconditionInABackgroundTaskRestoresTheTerminal() throws {
        let session = try TmuxSession(command: BylineBinary.url.path, width: 100, height: 30, extraEnvironment: "BYLINE_TEST_BACKGROUND_FAILURE=1")
        let status = try #require(session.exitStatus(timeout: 20), "byline ended")
        #expect(status > 128, "ended by a signal: \(status)")
        #expect(session.terminalSettingsRestored)
        #expect(try session.paneVariable("alternate_on") == "0")
        #expect(try session.paneVariable("cursor_flag") == "1")
    }

    @Test func ctrlCQuits() throws {
        let session = try launch("", width: 100, height: 30)
        #expect(try session.waitFor { $0.contains("articles") } != nil)
        try session.send("C-c")
        #expect(session.exitStatus() == 130)
        #expect(session.terminalSettingsRestored)
    }

    /// A click in the list selects the row under it, and the reader shows
    /// that article; the wheel over the reader scrolls it. Mouse reports are
    /// typed as xterm sends them under TERM=xterm-256color (SGR encoding:
    /// ESC [ < button ; column ; row, 1-based, then M for a press, m for a release).
    @Test func mouseClickSelectsAndWheelScrolls() throws {
        let session = try launch("", width: 120, height: 16)
        let before = try #require(try session.waitFor { $0.contains("articles") && !$0.contains("reading files") && !$0.contains("loading") })
        let rows = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The fourth article's row (screen row 4, 0-based) and its title.
        let title = String(rows[4].dropFirst(4).prefix(20))
        func report(_ button: Int, x: Int, y: Int, release: Bool = false) -> String {
            "\u{1B}[<\(button);\(x + 1);\(y + 1)" + (release ? "m" : "M")
        }
        try session.send(report(0, x: 10, y: 4), literal: true)
        try session.send(report(0, x: 10, y: 4, release: true), literal: true)
        let clicked = try session.waitFor { screen in
            screen.split(separator: "\n").dropFirst().prefix(2).contains { $0.contains(title) }
        }
        #expect(clicked != nil, "the reader shows \(title.debugDescription) after the click: \((try? session.screen()) ?? "")")
        let percent = { (screen: String) in screen.split(separator: "\n").first.map(String.init) ?? "" }
        let top = percent(clicked ?? "")
        for _ in 0..<3 { try session.send(report(65, x: 70, y: 8), literal: true) }
        let scrolled = try session.waitFor { percent($0) != top }
        #expect(scrolled != nil, "the reader scrolled under the wheel: \(top)")
        try session.send("Q")
        #expect(session.exitStatus() == 0)
    }

    @Test func noColorMeansAttributesOnly() throws {
        let session = try TmuxSession(command: BylineBinary.url.path, width: 100, height: 30, extraEnvironment: "NO_COLOR=1")
        let screen = try #require(try session.waitFor(escapes: true) { $0.contains("articles") })
        let colourCodes = ["38;5;", "48;5;"] + (0...7).flatMap { ["\u{1B}[3\($0)m", "\u{1B}[4\($0)m"] }
        #expect(!colourCodes.contains { screen.contains($0) }, "no colours under NO_COLOR")
        #expect(screen.contains("\u{1B}[1m") || screen.contains("\u{1B}[7m") || screen.contains(";1m"), "attributes still mark roles")
        try session.send("Q")
        #expect(session.exitStatus() == 0)
    }

    @Test func articleTextCannotEscapeToTheTerminal() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("evil.txt", "Evil \u{1B}]0;pwned\u{07}title\n\nBody \u{1B}[2J\u{1B}[31mred\u{9B}1m and a bell \u{07}.\n")
        let session = try launch(corpus.root, width: 100, height: 30)
        let screen = try #require(try session.waitFor { $0.contains("Evil") })
        #expect(!screen.contains("pwned"))
        #expect(try session.paneVariable("pane_title").contains("pwned") == false)
        try session.send("Enter")
        let reader = try #require(try session.waitFor { $0.contains("red") })
        #expect(reader.contains("Body"))
        try session.send("Q")
        #expect(session.exitStatus() == 0)
    }
}
