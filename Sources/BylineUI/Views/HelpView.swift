/// The `?` overlay: every key, generated from the keymap, grouped by pane.
public enum HelpView {
    public struct Line: Sendable, Hashable {
        public var keys: String
        public var help: String
        public var isHeading: Bool
    }

    /// The help text, one line per command.
    public static func lines(keymap: Keymap) -> [Line] {
        let groups: [(String, Pane?)] = [("Everywhere", nil), ("Article list", .list), ("Reader", .reader), ("Claims panel", .claims)]
        var lines: [Line] = []
        for (title, pane) in groups {
            let entries = keymap.helpLines(for: pane)
            guard !entries.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", help: "", isHeading: false)) }
            lines.append(Line(keys: title, help: "", isHeading: true))
            lines += entries.map { Line(keys: $0.keys, help: $0.help, isHeading: false) }
        }
        lines.append(Line(keys: "", help: "", isHeading: false))
        lines.append(Line(keys: "Filter syntax", help: "", isHeading: true))
        lines.append(Line(keys: "oil pri", help: "words; the last one is a prefix while you type", isHeading: false))
        lines.append(Line(keys: "\"oil price\"", help: "a phrase", isHeading: false))
        lines.append(Line(keys: "!opec", help: "without the word", isHeading: false))
        lines.append(Line(keys: "person:blair", help: "fields: person: org: place: group: speaker: source: date:2019-10..2019-11", isHeading: false))
        return lines
    }

    static func render(_ state: AppState, top: Int, into screen: inout Screen) {
        let width = min(state.size.width - 4, 100)
        let height = state.size.height - 4
        let rect = Rect(x: (state.size.width - width) / 2, y: 1, width: width, height: height)
        screen.fill(rect, with: .blank(.help))
        Box.draw(rect, title: "Keys · j/k scroll · any other key closes", focused: true, into: &screen)
        let inner = ScreenLayout.content(of: rect)
        let lines = lines(keymap: state.keymap)
        let keyColumn = min(22, inner.width / 3)
        for row in 0..<inner.height {
            let number = top + row
            guard number < lines.count else { break }
            let line = lines[number]
            let y = inner.y + row
            if line.isHeading {
                screen.write(line.keys, x: inner.x + 1, y: y, role: .paneTitleFocused, limit: inner.maxX)
            } else {
                screen.write(line.keys, x: inner.x + 2, y: y, role: .helpKey, limit: inner.x + keyColumn)
                screen.write(line.help, x: inner.x + keyColumn + 1, y: y, role: .help, limit: inner.maxX)
            }
        }
    }
}
