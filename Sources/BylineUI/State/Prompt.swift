/// The one-line prompt at the bottom of the screen while it is open: every
/// printable key goes to it.
public struct Prompt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `/` in the list: the list narrows on every keystroke.
        case filter
        /// `/` in the reader: the article is searched on every keystroke.
        case find
        /// `/` in the claims panel: the claims narrow on every keystroke.
        case claimFilter
        /// `/` in the entity index.
        case entityFilter
        /// `:` commands.
        case command
    }

    public var kind: Kind
    public var text: String
    /// Insertion point, in characters.
    public var cursor: Int
    /// What the field held before the prompt opened, restored by Esc where that applies.
    public var original: String

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
        self.cursor = text.count
        self.original = text
    }

    /// The character shown before the text.
    public var sigil: String { kind == .command ? ":" : "/" }

    mutating func insert(_ character: Character) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(character, at: index)
        cursor += 1
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        let index = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: index)
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    /// Ctrl-W: deletes the word before the cursor.
    mutating func deleteWordBackward() {
        var characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        text = String(characters)
        cursor = start
    }

    /// Ctrl-U: deletes everything before the cursor.
    mutating func deleteToStart() {
        text = String(text.dropFirst(cursor))
        cursor = 0
    }
}
