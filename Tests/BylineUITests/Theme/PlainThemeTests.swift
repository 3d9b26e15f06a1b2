import BylineUI
import Testing

/// `Theme.plain`, the built-in last resort.
@Suite struct PlainThemeTests {
    @Test func setsEveryRoleAndMark() {
        #expect(Theme.plain.name == "plain")
        #expect(Set(Theme.plain.roles.keys) == Set(StyleRole.allCases))
        #expect(Set(Theme.plain.marks.keys) == Set(Theme.Mark.allCases))
    }

    @Test func usesOnlyBasicColours() {
        for (role, style) in Theme.plain.roles {
            #expect(style.extended == style.basic, "\(role)")
            for color in [style.basic.foreground, style.basic.background] {
                if case .indexed(let index) = color { #expect(index < 8, "\(role)") }
            }
        }
    }

    @Test func annotationsShowAtEveryDepth() {
        let annotated = ShippedThemeTests.entities + ShippedThemeTests.numbers + ShippedThemeTests.claims
        for depth in ColorDepth.allCases {
            let text = Theme.plain.style(for: .text, depth: depth)
            for role in annotated {
                #expect(Theme.plain.style(for: role, depth: depth) != text, "\(role) \(depth)")
            }
            let entities = Set(ShippedThemeTests.entities.map { Theme.plain.style(for: $0, depth: depth) })
            #expect(entities.count == 4)
            for role in [StyleRole.text] + annotated {
                let match = Theme.plain.style(for: role, marks: .match, depth: depth)
                #expect(!match.attributes.isDisjoint(with: [.underline, .reverse]))
                #expect(Theme.plain.style(for: role, marks: [.match, .currentMatch], depth: depth) != match, "\(role) \(depth)")
            }
            #expect(Theme.plain.style(for: .listTitle, marks: .selection, depth: depth).attributes.contains(.reverse))
        }
    }
}
