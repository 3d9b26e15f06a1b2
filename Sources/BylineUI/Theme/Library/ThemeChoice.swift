/// The theme to draw with, after falling back as needed, and what to tell
/// the user about it.
public struct ThemeChoice: Sendable, Hashable {
    /// The theme to use.
    public var theme: Theme
    /// The name of the theme in use (for the status bar and `F2`/`F3`):
    /// the one asked for, `ThemeLibrary.defaultName`, or `Theme.plain.name`.
    public var name: String
    /// Why the theme asked for is not the one in use, as one line:
    /// `PATH:LINE: problem — using theme "dark"`. Nil when it loaded.
    public var notice: String?
    /// The problem with the theme asked for, if any.
    public var error: ThemeError?

    /// A choice of `theme`, in use under `name`.
    public init(theme: Theme, name: String, notice: String? = nil, error: ThemeError? = nil) {
        self.theme = theme
        self.name = name
        self.notice = notice
        self.error = error
    }
}

extension ThemeLibrary {
    /// Theme `name` (the default when nil); if it cannot be loaded, the
    /// default theme; if that cannot be loaded either, `Theme.plain`. The
    /// notice names the file, line and problem of the theme asked for.
    public func loadOrFallback(_ name: String?) -> ThemeChoice {
        let wanted = name ?? Self.defaultName
        let firstError: ThemeError
        switch load(wanted) {
        case .success(let theme):
            return ThemeChoice(theme: theme, name: wanted)
        case .failure(let error):
            firstError = error
        }
        if wanted != Self.defaultName, case .success(let theme) = load(Self.defaultName) {
            return ThemeChoice(theme: theme, name: Self.defaultName,
                               notice: "\(firstError) — using theme \"\(Self.defaultName)\"", error: firstError)
        }
        return ThemeChoice(theme: .plain, name: Theme.plain.name,
                           notice: "\(firstError) — using the built-in \"\(Theme.plain.name)\" theme", error: firstError)
    }
}
