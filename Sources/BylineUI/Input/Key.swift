/// A key press as the UI sees it, whatever terminal it came from.
public enum Key: Sendable, Hashable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a letter, as the lowercase letter (`.control("d")` is Ctrl-D).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// A function key, F1 to F12.
    case function(Int)
    /// Alt (Meta) plus a character, as Esc followed by it.
    case alt(Character)
}

/// A mouse event at a screen cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case press, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the terminal reports: input, and changes to the terminal itself.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
}
