import BylineUI

/// What one `Terminal.read(timeout:)` call produced.
public enum TerminalInput: Sendable, Equatable {
    /// A key, a mouse event or a resize.
    case event(TerminalEvent)
    /// Nothing arrived within the timeout.
    case timeout
    /// A signal interrupted the wait; check `TerminationSignals.pending`.
    case interrupted
    /// The terminal is gone (hung up): stop reading.
    case endOfInput
    /// Input that means nothing to the reader (an unmapped key, a mouse
    /// release): ignore it.
    case unknown
}

/// Why a `Terminal` could not be opened.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal.
    case notATerminal
    /// Neither the environment's locale nor a fallback uses UTF-8, so
    /// curses could not draw anything but ASCII.
    case noUTF8Locale
    /// curses does not know the terminal type (`TERM`), or it is not set.
    case cannotOpen(term: String)

    /// One line that says what went wrong and what to do about it.
    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and standard output must be a terminal (not a pipe or a file)"
        case .noUTF8Locale:
            return "no UTF-8 locale is available: set LANG to a UTF-8 locale such as C.UTF-8"
        case .cannotOpen(let term) where term.isEmpty:
            return "cannot open the terminal: TERM is not set (try TERM=xterm-256color)"
        case .cannotOpen(let term):
            return "cannot open the terminal: unknown terminal type \"\(term)\" (try TERM=xterm-256color)"
        }
    }
}
