/// Everything the reader shows, as one value. Events change it only through
/// the reducer (`AppState.handle`), and the screen is a pure function of it
/// (`AppView.render`).
public struct AppState: Sendable {
    public var size: Size
    public var library: Library
    public var list = ArticleListState()
    public var reader = ReaderState()
    public var claims = ClaimsState()
    public var focus: Pane = .list
    /// Whether the claims panel shows on terminals too narrow for three panes side by side.
    public var showsClaims = false
    public var prompt: Prompt?
    public var overlay: Overlay?
    /// A one-line message for the bottom line, until the next key.
    public var notice: Notice?
    public var marks: ReadingMarks
    /// The name of the theme in use (the shell loads and applies themes).
    public var themeName: String
    public var keymap: Keymap
    /// Keys typed so far of a longer binding (`]` of `]p`).
    public var pendingKeys: [Key] = []
    public var shouldQuit = false
    /// How long one filtering may spend checking a phrase in articles'
    /// text; what is left is checked on the next (see `continuePhraseChecks`).
    public var phraseCheckBudget: Duration = .milliseconds(6)
    /// Effects asked for by an update in progress (see `takeQueuedEffects`).
    var queuedEffects: [Effect] = []

    public init(size: Size, library: Library, marks: ReadingMarks = ReadingMarks(), themeName: String = "dark", keymap: Keymap = .standard) {
        self.size = size
        self.library = library
        self.marks = marks
        self.themeName = themeName
        self.keymap = keymap
    }
}

/// A message for the bottom line: information, or a problem.
public struct Notice: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
