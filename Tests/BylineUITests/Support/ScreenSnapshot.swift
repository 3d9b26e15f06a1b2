import BylineUI
import Foundation
import Testing

/// Golden screens: a rendered screen's text compared with a file in
/// `Tests/BylineUITests/Snapshots`. Run with `BYLINE_RECORD_SNAPSHOTS=1` to
/// write the files after checking the screens by eye; a missing file fails.
enum ScreenSnapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(of screen: Screen) -> String {
        screen.lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n") + "\n"
    }

    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: screen)
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
