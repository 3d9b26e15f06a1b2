import BylineUI
import Foundation
import Testing

/// Golden screens: a rendered screen compared with a file in
/// `Tests/BylineUITests/Snapshots`: its text, then the style role of every
/// cell (one letter a role, see `roleCodes`) and the marks laid over them
/// (selection, claim, search match). Run with `BYLINE_RECORD_SNAPSHOTS=1` to
/// write the files after checking the screens by eye; a missing file fails.
enum ScreenSnapshot {
    /// One character per role in the role layer; blank text is a space.
    static let roleCodes: [StyleRole: Character] = [
        .text: " ", .dim: "~", .border: "b", .borderFocused: "B", .paneTitle: "t", .paneTitleFocused: "T",
        .statusBar: "=", .statusAccent: "#", .prompt: ">", .notice: "!", .error: "E", .progress: "%",
        .legend: "l", .help: "h", .helpKey: "k", .listTitle: "r", .listTitleUnread: "u", .listMeta: "-",
        .bookmark: "*", .unreadMark: "@", .headline: "H", .headerMeta: "_", .person: "P", .organisation: "O",
        .place: "L", .group: "G", .count: "1", .money: "$", .percent: "/", .date: "D", .measure: "M",
        .ordinal: "2", .claimSpeaker: "S", .claimCue: "V", .claimContent: "C", .claimFigure: "F",
    ]

    static func roleLayer(of screen: Screen) -> [String] {
        (0..<screen.height).map { y in
            String((0..<screen.width).map { x in roleCodes[screen[x, y].role] ?? "?" })
        }
    }

    /// Marks per cell: s selected row, i selection of an unfocused list,
    /// c marked claim, m search match, M current match, . none.
    static func markLayer(of screen: Screen) -> [String] {
        (0..<screen.height).map { y in
            String((0..<screen.width).map { x -> Character in
                let marks = screen[x, y].marks
                if marks.contains(.currentMatch) { return "M" }
                if marks.contains(.match) { return "m" }
                if marks.contains(.claim) { return "c" }
                if marks.contains(.selection) { return "s" }
                if marks.contains(.inactiveSelection) { return "i" }
                return "."
            })
        }
    }

    static func trimmed(_ lines: [String], blank: Character) -> String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == blank { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n") + "\n"
    }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(of screen: Screen) -> String {
        trimmed(screen.lines, blank: " ")
            + "--- roles\n" + trimmed(roleLayer(of: screen), blank: " ")
            + "--- marks\n" + trimmed(markLayer(of: screen), blank: ".")
    }

    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        checkText(text(of: screen), named: name, sourceLocation: sourceLocation)
    }

    /// Compares any text with the golden file `name.txt`.
    static func checkText(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["BYLINE_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record with BYLINE_RECORD_SNAPSHOTS=1\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("screen differs from \(name).txt:\n\(difference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing lines, expected then actual.
    static func difference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for row in 0..<max(e.count, a.count) {
            let el = row < e.count ? String(e[row]) : "<none>"
            let al = row < a.count ? String(a[row]) : "<none>"
            if el != al { lines.append("row \(row):\n  expected: \(el)\n  actual:   \(al)") }
            if lines.count >= 6 { break }
        }
        return lines.joined(separator: "\n")
    }
}
