import BylineTestSupport
import BylineUI
import Foundation

/// Shared material for the theme tests: the repository's `Themes/` folder,
/// complete theme texts, and libraries over temporary folders.
enum ThemeFixtures {
    /// The shipped themes, found from this file's path
    /// (Tests/BylineUITests/Theme/ → ../../../Themes).
    static let shippedFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Themes").path
    }()

    static let shippedNames = ["colorblind", "dark", "high-contrast", "light"]

    /// A theme without `inherits` that sets every role (fg 1) and mark (bg 2),
    /// followed by `extra` lines.
    static func completeTheme(_ extra: String = "") -> String {
        var text = ""
        for role in StyleRole.allCases { text += "[\(role.rawValue)]\nfg = 1\n" }
        for mark in Theme.Mark.allCases { text += "[marks.\(mark.rawValue)]\nbg = 2\n" }
        return text + extra
    }

    /// A library over the shipped themes and a fresh, empty user folder.
    static func libraryWithUserFolder() throws -> (library: ThemeLibrary, user: TemporaryFolder) {
        let user = try TemporaryFolder()
        return (ThemeLibrary(shippedFolder: shippedFolder, userFolder: user.root), user)
    }

    /// The theme `name` loaded from the shipped folder, or the error's text.
    static func shipped(_ name: String) throws -> Theme {
        try ThemeLibrary(shippedFolder: shippedFolder, userFolder: nil).load(name).get()
    }
}
