/// Work the reducer asks the shell to do, because it touches the world:
/// files, processes, the terminal.
public enum Effect: Sendable, Hashable {
    /// Save read and bookmark marks (never inside the corpus folder).
    case saveReadingMarks
    /// Open a file in `$VISUAL`/`$EDITOR`/`$PAGER`, then come back.
    case openExternally(path: String)
    /// Open another corpus in place of this one.
    case openCorpus(path: String)
    /// Load and apply a theme by name.
    case applyTheme(name: String)
    /// Apply the theme before (-1) or after (+1) the current one.
    case cycleTheme(offset: Int)
    /// Complete the command line's last word (paths for `:open`, names for `:theme`).
    case completeCommandLine(text: String)
    /// Analyse an article now (it was opened before the background analysis reached it).
    case analyse(article: Int)
    /// Make the snippets of these articles for the list's query, off the
    /// UI thread, and send them back as ``LibraryUpdate/snippets(query:_:)``.
    case makeSnippets(query: String, articles: [Int])
    /// Repaint every cell.
    case redraw
    case quit
}
