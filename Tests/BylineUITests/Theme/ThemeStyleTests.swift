import BylineUI
import Testing

/// `Theme.style(for:marks:depth:)`: roles per depth, marks laid over them.
@Suite struct ThemeStyleTests {
    let theme: Theme = {
        let person = Theme.RoleStyle(extended: Style(foreground: .indexed(81), background: .indexed(234), attributes: [.bold]),
                                     basic: Style(foreground: .indexed(6), attributes: [.bold]),
                                     monochrome: [.bold])
        let text = Theme.RoleStyle(extended: Style(), basic: Style(), monochrome: [])
        let match = Theme.MarkStyle(extended: Theme.Overlay(background: .indexed(58), attributes: [.underline]),
                                    basic: Theme.Overlay(foreground: .indexed(0), background: .indexed(3), attributes: [.underline]),
                                    monochrome: [.reverse])
        let current = Theme.MarkStyle(extended: Theme.Overlay(foreground: .indexed(16), background: .indexed(214), attributes: [.bold]),
                                      basic: Theme.Overlay(background: .indexed(6)),
                                      monochrome: [.underline])
        let selection = Theme.MarkStyle(extended: Theme.Overlay(background: .indexed(24)),
                                        basic: Theme.Overlay(attributes: [.reverse]),
                                        monochrome: [.reverse])
        return Theme(name: "test", roles: [.text: text, .person: person],
                     marks: [.match: match, .currentMatch: current, .selection: selection])
    }()

    @Test func rolesAtEachDepth() {
        #expect(theme.style(for: .person, depth: .extended) == Style(foreground: .indexed(81), background: .indexed(234), attributes: [.bold]))
        #expect(theme.style(for: .person, depth: .basic) == Style(foreground: .indexed(6), attributes: [.bold]))
        #expect(theme.style(for: .person, depth: .monochrome) == Style(attributes: [.bold]))
    }

    @Test func overlaysReplaceColoursAndAddAttributes() {
        #expect(theme.style(for: .person, marks: .match, depth: .extended)
            == Style(foreground: .indexed(81), background: .indexed(58), attributes: [.bold, .underline]))
        #expect(theme.style(for: .person, marks: .match, depth: .basic)
            == Style(foreground: .indexed(0), background: .indexed(3), attributes: [.bold, .underline]))
        #expect(theme.style(for: .person, marks: .match, depth: .monochrome) == Style(attributes: [.bold, .reverse]))
    }

    @Test func laterMarksWin() {
        #expect(theme.style(for: .person, marks: [.match, .currentMatch, .selection], depth: .extended)
            == Style(foreground: .indexed(16), background: .indexed(214), attributes: [.bold, .underline]))
        #expect(theme.style(for: .person, marks: [.selection, .match], depth: .extended).background == .indexed(58))
        #expect(theme.style(for: .person, marks: [.currentMatch, .match], depth: .basic)
            == Style(foreground: .indexed(0), background: .indexed(6), attributes: [.bold, .underline]))
    }

    @Test func missingRolesAndMarks() {
        #expect(theme.style(for: .money, depth: .extended) == theme.style(for: .text, depth: .extended))
        #expect(theme.style(for: .person, marks: .claim, depth: .extended) == theme.style(for: .person, depth: .extended))
        let empty = Theme(name: "empty", roles: [:], marks: [:])
        #expect(empty.style(for: .person, marks: .selection, depth: .extended) == .plain)
    }

    @Test func fileMarksKeepTheRolesColoursUnlessSet() throws {
        let dark = try ThemeFixtures.shipped("dark")
        let person = dark.style(for: .person, depth: .extended)
        let selected = dark.style(for: .person, marks: .selection, depth: .extended)
        #expect(selected.foreground == person.foreground)
        #expect(selected.background == dark.marks[.selection]?.extended.background)
        #expect(selected.background != person.background)
        #expect(selected.attributes == person.attributes.union(.bold))
        let claim = dark.style(for: .claimSpeaker, marks: .claim, depth: .basic)
        #expect(claim.foreground == dark.style(for: .claimSpeaker, depth: .basic).foreground)
        #expect(claim.background == dark.style(for: .claimSpeaker, depth: .basic).background)
        #expect(claim.attributes.contains(.underline))
    }
}
