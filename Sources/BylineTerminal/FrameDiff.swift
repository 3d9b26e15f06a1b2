import BylineUI

/// Which cells must be written to turn the frame on the terminal into the
/// next one. Pure: no terminal needed.
public enum FrameDiff {
    /// A cell position: column `x`, row `y`.
    public struct Position: Sendable, Hashable {
        /// The column, from 0 at the left.
        public var x: Int
        /// The row, from 0 at the top.
        public var y: Int

        /// The cell at column `x`, row `y`.
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// The cells to write, row by row and left to right, to show `next`
    /// where `previous` was drawn (all of them when there is no previous
    /// frame or its size differs).
    ///
    /// A wide character is written through its first cell, which also
    /// covers its continuation: when only a continuation changed (a wide
    /// character now ends there), its first cell is written instead. A
    /// continuation without a wide character before it (a malformed screen)
    /// is listed itself, so that it can be blanked.
    public static func positions(from previous: Screen?, to next: Screen) -> [Position] {
        let width = next.width
        var result: [Position] = []
        let old = previous.flatMap { $0.size == next.size ? $0.cells : nil }
        next.cells.withUnsafeBufferPointer { cells in
            for y in 0..<next.height {
                let row = y * width
                for x in 0..<width {
                    let cell = cells[row + x]
                    if let old, old[row + x] == cell { continue }
                    if cell.isContinuation, x > 0, cells[row + x - 1].width == 2 {
                        let lead = Position(x: x - 1, y: y)
                        if result.last != lead { result.append(lead) }
                    } else {
                        result.append(Position(x: x, y: y))
                    }
                }
            }
        }
        return result
    }

    /// What to put on the terminal for a cell listed by `positions`.
    public enum Glyph: Sendable, Equatable {
        /// The grapheme, taking `columns` (1 or 2) columns.
        case character(Character, columns: Int)
        /// A blank in the cell's style, `columns` (1 or 2) wide: for an
        /// orphaned continuation, or a character that does not fit its cell.
        case blank(columns: Int)
    }

    /// The glyph for the cell at column `x` of a row of `row` cells, given
    /// that only `available` columns (the terminal's width) can be drawn.
    ///
    /// A cell is drawn as it is when its character takes exactly the
    /// columns the cell claims (by `DisplayWidth`, after `terminalSafe`)
    /// and, for a wide character, its continuation follows and fits.
    /// Otherwise it becomes a blank of the cell's width, so that curses and
    /// the screen model never disagree about where the next cell starts.
    public static func glyph(at x: Int, in row: ArraySlice<Cell>, available: Int) -> Glyph {
        let cell = row[row.startIndex + x]
        if cell.isContinuation { return .blank(columns: 1) }
        let claimed = cell.width == 2 ? 2 : 1
        let partnered = claimed == 1 || (x + 1 < row.count && row[row.startIndex + x + 1].isContinuation)
        let safe = DisplayWidth.terminalSafe(cell.character)
        guard partnered, DisplayWidth.columns(of: safe) == claimed else {
            return .blank(columns: partnered ? claimed : 1)
        }
        if x + claimed > available { return .blank(columns: 1) }
        return .character(safe, columns: claimed)
    }
}
