/// What a cell means to the reader, which the theme turns into colours and
/// attributes. Every theme sets every role (see `Themes/README.md`).
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    // Chrome
    case text
    case dim
    case border
    case borderFocused = "border_focused"
    case paneTitle = "pane_title"
    case paneTitleFocused = "pane_title_focused"
    case statusBar = "status_bar"
    case statusAccent = "status_accent"
    case prompt
    case notice
    case error
    case progress
    case legend
    case help
    case helpKey = "help_key"
    // Article list
    case listTitle = "list_title"
    case listTitleUnread = "list_title_unread"
    case listMeta = "list_meta"
    case bookmark
    case unreadMark = "unread_mark"
    // Reader header
    case headline
    case headerMeta = "header_meta"
    // Entities
    case person
    case organisation
    case place
    case group
    // Numbers
    case count
    case money
    case percent
    case date
    case measure
    case ordinal
    // Claims
    case claimSpeaker = "claim_speaker"
    case claimCue = "claim_cue"
    case claimContent = "claim_content"
    case claimFigure = "claim_figure"
}

/// Marks laid over a cell's role on separate channels, so that a search match
/// or the selected row stays visible on top of entity colours.
public struct CellMarks: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The selected row of the focused list.
    public static let selection = CellMarks(rawValue: 1 << 0)
    /// The selected row of a list that does not have focus.
    public static let inactiveSelection = CellMarks(rawValue: 1 << 1)
    /// Inside the sentence of the marked claim.
    public static let claim = CellMarks(rawValue: 1 << 2)
    /// Inside a search match.
    public static let match = CellMarks(rawValue: 1 << 3)
    /// Inside the current search match (the one `n`/`N` moved to).
    public static let currentMatch = CellMarks(rawValue: 1 << 4)
}
