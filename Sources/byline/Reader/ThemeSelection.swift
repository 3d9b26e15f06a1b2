import BylineThemes
import BylineUI
import Foundation

/// The theme in use and the themes there are: the shipped ones and the
/// user's in `$XDG_CONFIG_HOME/byline/themes`. A theme that cannot be read
/// leaves the current one in place and says why in one line.
struct ThemeSelection {
    let library: ThemeLibrary
    private var choice: ThemeChoice

    init(requested: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        library = ThemeLibrary(shippedFolder: ShippedThemes.folder, environment: environment)
        choice = library.loadOrFallback(requested)
    }

    var theme: Theme { choice.theme }
    var name: String { choice.name }
    /// Why the requested theme is not the one in use, if it is not.
    var notice: String? { choice.notice }
    var names: [String] { library.names }

    /// Switches to a theme by name; returns the problem when it cannot be used.
    mutating func apply(_ name: String) -> String? {
        switch library.load(name) {
        case .success(let theme):
            choice = ThemeChoice(theme: theme, name: name)
            return nil
        case .failure(let error):
            return error.description
        }
    }

    /// Switches to the theme `offset` places from the current one, passing
    /// over themes that cannot be read (and saying so).
    mutating func cycle(by offset: Int) -> String? {
        choice = library.cycle(from: name, by: offset)
        return choice.notice
    }
}
