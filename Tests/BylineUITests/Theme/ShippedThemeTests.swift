import BylineThemes
import BylineUI
import Foundation
import Testing

/// The themes in `Themes/`: each loads, sets everything, and keeps the
/// reader's distinctions at every colour depth.
@Suite struct ShippedThemeTests {
    static let entities: [StyleRole] = [.person, .organisation, .place, .group]
    static let numbers: [StyleRole] = [.count, .money, .percent, .date, .measure, .ordinal]
    static let claims: [StyleRole] = [.claimSpeaker, .claimCue, .claimContent, .claimFigure]

    @Test func theShippedThemesAreThere() {
        let library = ThemeLibrary(shippedFolder: ThemeFixtures.shippedFolder, userFolder: nil)
        #expect(library.names == ThemeFixtures.shippedNames)
        #expect(library.loadOrFallback(nil).notice == nil)
        #expect(library.loadOrFallback(nil).name == "dark")
    }

    /// The resource bundle holds the same themes, when it can be found.
    @Test func theBundledFolderMatches() throws {
        guard let folder = ShippedThemes.folder else { return }
        #expect(ThemeLibrary(shippedFolder: folder, userFolder: nil).names == ThemeFixtures.shippedNames)
    }

    @Test(arguments: ThemeFixtures.shippedNames)
    func loadsCompleteWithoutInheriting(name: String) throws {
        let theme = try ThemeFixtures.shipped(name)
        #expect(Set(theme.roles.keys) == Set(StyleRole.allCases))
        #expect(Set(theme.marks.keys) == Set(Theme.Mark.allCases))
        #expect(!theme.name.isEmpty)
        let text = try String(contentsOfFile: ThemeFixtures.shippedFolder + "/\(name).toml", encoding: .utf8)
        #expect(try TOMLDocument(parsing: text)["inherits"] == nil)
    }

    @Test func theDefaultThemeSetsEveryKeyOfEveryTable() throws {
        let text = try String(contentsOfFile: ThemeFixtures.shippedFolder + "/dark.toml", encoding: .utf8)
        let document = try TOMLDocument(parsing: text)
        let keys = ["fg", "bg", "attrs", "fg8", "bg8", "attrs8", "mono"]
        for role in StyleRole.allCases {
            for key in keys { #expect(document.entry(at: [role.rawValue, key]) != nil, "[\(role.rawValue)] \(key)") }
        }
        for mark in Theme.Mark.allCases {
            for key in keys { #expect(document.entry(at: ["marks", mark.rawValue, key]) != nil, "[marks.\(mark.rawValue)] \(key)") }
        }
    }

    @Test(arguments: ThemeFixtures.shippedNames, [ColorDepth.extended, .basic])
    func entityTypesHaveDistinctColours(name: String, depth: ColorDepth) throws {
        let theme = try ThemeFixtures.shipped(name)
        let colours = Self.entities.map { theme.style(for: $0, depth: depth).foreground }
        #expect(Set(colours).count == 4, "\(colours)")
        #expect(!colours.contains(theme.style(for: .text, depth: depth).foreground))
    }

    @Test(arguments: ThemeFixtures.shippedNames)
    func numbersAreOneFamilyApartFromEntities(name: String) throws {
        let theme = try ThemeFixtures.shipped(name)
        let numberColours = Set(Self.numbers.map { theme.style(for: $0, depth: .extended).foreground })
        let entityColours = Set(Self.entities.map { theme.style(for: $0, depth: .extended).foreground })
        #expect(numberColours.count >= 4)
        #expect(numberColours.isDisjoint(with: entityColours))
        let basicNumbers = Set(Self.numbers.map { theme.style(for: $0, depth: .basic).foreground })
        #expect(basicNumbers.count == 1)
    }

    @Test(arguments: ThemeFixtures.shippedNames, ColorDepth.allCases)
    func claimPartsDifferFromEachOtherAndFromText(name: String, depth: ColorDepth) throws {
        let theme = try ThemeFixtures.shipped(name)
        let parts = [StyleRole.claimSpeaker, .claimCue, .claimContent].map { theme.style(for: $0, depth: depth) }
        #expect(Set(parts).count == 3)
        #expect(!parts.contains(theme.style(for: .text, depth: depth)))
    }

    @Test(arguments: ThemeFixtures.shippedNames, ColorDepth.allCases)
    func selectionAndFocusAreObvious(name: String, depth: ColorDepth) throws {
        let theme = try ThemeFixtures.shipped(name)
        #expect(theme.style(for: .border, depth: depth) != theme.style(for: .borderFocused, depth: depth))
        #expect(theme.style(for: .paneTitle, depth: depth) != theme.style(for: .paneTitleFocused, depth: depth))
        for role in [StyleRole.listTitle, .listTitleUnread, .listMeta] {
            let plain = theme.style(for: role, depth: depth)
            let selected = theme.style(for: role, marks: .selection, depth: depth)
            let inactive = theme.style(for: role, marks: .inactiveSelection, depth: depth)
            #expect(selected.background != plain.background || selected.attributes.contains(.reverse))
            #expect(inactive != plain && inactive != selected)
        }
    }

    /// Search matches use an attribute channel (underline or reverse), not
    /// only a colour, so they show on top of entity colours.
    @Test(arguments: ThemeFixtures.shippedNames, ColorDepth.allCases)
    func searchMatchesStayVisibleOverEntities(name: String, depth: ColorDepth) throws {
        let theme = try ThemeFixtures.shipped(name)
        for role in [StyleRole.text] + Self.entities + Self.numbers + Self.claims {
            let plain = theme.style(for: role, depth: depth)
            let match = theme.style(for: role, marks: .match, depth: depth)
            let current = theme.style(for: role, marks: [.match, .currentMatch], depth: depth)
            #expect(match != plain, "\(role)")
            #expect(!match.attributes.isDisjoint(with: [.underline, .reverse]), "\(role)")
            #expect(current != match, "\(role)")
            if depth != .monochrome {
                #expect(match.foreground != match.background, "\(role)")
            }
        }
    }

    /// Without colour, entities, numbers and claims still differ from text.
    @Test(arguments: ThemeFixtures.shippedNames)
    func monochromeKeepsAnnotationsVisible(name: String) throws {
        let theme = try ThemeFixtures.shipped(name)
        let text = theme.style(for: .text, depth: .monochrome)
        #expect(text == Style.plain)
        for role in Self.entities + Self.numbers + Self.claims {
            let style = theme.style(for: role, depth: .monochrome)
            #expect(style.attributes != text.attributes, "\(role)")
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        }
        let entityLooks = Set(Self.entities.map { theme.style(for: $0, depth: .monochrome).attributes })
        #expect(entityLooks.count == 4)
        #expect(theme.style(for: .listTitle, marks: .selection, depth: .monochrome).attributes.contains(.reverse))
        #expect(theme.style(for: .statusBar, depth: .monochrome).attributes.contains(.reverse))
    }

    @Test func theColourBlindThemeAlsoTellsEntitiesApartByAttribute() throws {
        let theme = try ThemeFixtures.shipped("colorblind")
        for depth in [ColorDepth.extended, .basic] {
            let looks = Set(Self.entities.map { theme.style(for: $0, depth: depth).attributes })
            #expect(looks.count == 4)
        }
    }
}
