/// Everything a user can ask for with a key, the mouse or the command line.
/// The keymap maps keys to commands; the reducer carries them out.
public enum Command: Sendable, Hashable {
    // Moving
    case moveDown, moveUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    // Panes
    case focusNext, focusPrevious, focus(Pane), open, back, toggleClaims
    case nextArticle, previousArticle
    // Reader motions
    case nextMention(MentionKind), previousMention(MentionKind)
    case cycleLayers, toggleMatchHighlight
    // Search and filters
    case startSearch, searchNext, searchPrevious, filterByFocused, clearFilter
    case showEntityIndex, toggleBookmarkedOnly
    // Articles
    case toggleRead, toggleBookmark, nextUnread, previousUnread, cycleSort, reverseSort, openExternally
    // App
    case showHelp, startCommandLine, nextTheme, previousTheme, redraw, quit, quitNow
}

/// What `]x` / `[x` jump between in the reader.
public enum MentionKind: String, Sendable, Hashable, CaseIterable {
    case entity, person, organisation, place, number, claim
}

/// The panes of the main screen.
public enum Pane: String, Sendable, Hashable, CaseIterable {
    case list, reader, claims
}
