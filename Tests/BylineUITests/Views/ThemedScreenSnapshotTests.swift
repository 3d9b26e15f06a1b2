import BylineUI
import Foundation
import Testing

/// The same screen in each shipped theme at each colour depth: every style
/// the screen uses (a role, with the marks laid over it) and how the theme
/// draws it, compared with a golden file. With the role layer of the plain
/// snapshots this pins down each cell's colours and attributes.
@Suite struct ThemedScreenSnapshotTests {
    /// Three panes with a search match, the current match and a marked claim on screen.
    static func screen() throws -> Screen {
        var state = try ReaderFixture.state(width: 140, height: 30)
        state.press(.enter, .character("/"))
        state.type("the")
        state.press(.enter, .character("3"), .enter)
        return AppView.render(state)
    }

    static func describe(_ color: TerminalColor) -> String {
        switch color {
        case .terminalDefault: return "default"
        case .indexed(let number): return "\(number)"
        }
    }

    static func describe(_ attributes: TextAttributes) -> String {
        let names: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse")]
        let shown = names.filter { attributes.contains($0.0) }.map(\.1)
        return shown.isEmpty ? "-" : shown.joined(separator: "+")
    }

    static func describe(_ marks: CellMarks) -> String {
        let names: [(CellMarks, String)] = [(.selection, "selection"), (.inactiveSelection, "inactive"), (.claim, "claim"), (.match, "match"), (.currentMatch, "current")]
        return names.filter { marks.contains($0.0) }.map(\.1).joined(separator: "+")
    }

    @Test(arguments: ThemeFixtures.shippedNames, ColorDepth.allCases)
    func stylesOfTheThreePaneScreen(name: String, depth: ColorDepth) throws {
        let theme = try ThemeFixtures.shipped(name)
        let screen = try Self.screen()
        var used: Set<String> = []
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                let style = theme.style(for: cell.role, marks: cell.marks, depth: depth)
                let marks = Self.describe(cell.marks)
                let key = cell.role.rawValue + (marks.isEmpty ? "" : " +" + marks)
                used.insert("\(key.padding(toLength: 34, withPad: " ", startingAt: 0)) fg \(Self.describe(style.foreground).padding(toLength: 8, withPad: " ", startingAt: 0)) bg \(Self.describe(style.background).padding(toLength: 8, withPad: " ", startingAt: 0)) \(Self.describe(style.attributes))")
            }
        }
        let text = used.sorted().joined(separator: "\n") + "\n"
        ScreenSnapshot.checkText(text, named: "themed-\(name)-\(depth.rawValue)")
    }
}
