/// One terminal cell: a grapheme, how many columns it takes, and what it
/// means (the theme decides how that looks).
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn here, already cut down to what a terminal can show
    /// (see `DisplayWidth.terminalSafe`). A space for blank cells.
    public var character: Character
    /// Columns taken: 1, 2 for wide characters, 0 for the right half of a
    /// wide character (a continuation cell, which backends skip).
    public var width: UInt8
    public var role: StyleRole
    public var marks: CellMarks

    public init(_ character: Character = " ", width: UInt8 = 1, role: StyleRole = .text, marks: CellMarks = []) {
        self.character = character
        self.width = width
        self.role = role
        self.marks = marks
    }

    /// A blank cell in the given role.
    public static func blank(_ role: StyleRole = .text) -> Cell { Cell(" ", role: role) }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
