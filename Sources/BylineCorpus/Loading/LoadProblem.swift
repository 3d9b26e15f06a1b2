/// Something in a corpus that could not be read, and why.
///
/// Its description is the line `byline` prints on standard error:
/// `skipped PATH: REASON`, with the line or record of a multi-article file
/// when the problem is confined to it.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    /// What was skipped: a whole file (or folder), or one record of a file.
    public enum Scope: Sendable, Hashable {
        case file
        /// The N-th record (1-based) of a multi-article file, at `line` when known.
        case record(number: Int, line: Int?)
    }

    /// Path relative to the corpus root.
    public var path: String
    public var scope: Scope
    public var reason: String

    public init(path: String, scope: Scope = .file, reason: String) {
        self.path = path
        self.scope = scope
        self.reason = reason
    }

    /// The message line; control characters in the path or reason are shown
    /// as escapes, never sent to the terminal.
    public var description: String {
        let shownPath = path.escapingControlCharacters
        let shownReason = reason.escapingControlCharacters
        switch scope {
        case .file:
            return "skipped \(shownPath): \(shownReason)"
        case .record(_, let line?):
            return "skipped \(shownPath) line \(line): \(shownReason)"
        case .record(let number, nil):
            return "skipped \(shownPath)#\(number): \(shownReason)"
        }
    }
}
