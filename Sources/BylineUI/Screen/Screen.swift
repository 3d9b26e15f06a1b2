/// A frame: a grid of cells that views render into and a backend draws.
///
/// Writing clips to the grid (and to an optional limit column), and a wide
/// character that would straddle the edge becomes a space, so no view can
/// draw outside its area or leave half a character behind.
public struct Screen: Sendable, Hashable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should sit (the focused row, or the prompt's
    /// insertion point), so braille displays and screen readers follow it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    /// True when the cursor should be shown (a prompt is open).
    public var showsCursor = false
    private var cursorX: Int?
    private var cursorY = 0

    public init(size: Size, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Fills a rectangle (clipped to the screen) with a cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            let row = y * size.width
            for x in x0..<x1 { cells[row + x] = cell }
        }
    }

    /// Adds marks to every cell of a rectangle (clipped to the screen).
    public mutating func mark(_ rect: Rect, _ marks: CellMarks) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            let row = y * size.width
            for x in x0..<x1 { cells[row + x].marks.formUnion(marks) }
        }
    }

    /// Writes one grapheme at (x, y) unless it would cross `limit` (default:
    /// the right edge). Returns the columns advanced (0 when nothing fitted).
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, role: StyleRole, marks: CellMarks = [], limit: Int? = nil) -> Int {
        let edge = min(limit ?? size.width, size.width)
        guard y >= 0, y < size.height, x >= 0, x < edge else { return 0 }
        // A tab is laid out as one space; other controls show as U+FFFD.
        let safe = character == "\t" ? " " : DisplayWidth.terminalSafe(character)
        let columns = DisplayWidth.columns(of: safe)
        if columns == 0 { return 0 }
        if x + columns > edge {
            // A wide character that would straddle the edge becomes a space.
            self[x, y] = Cell(" ", role: role, marks: marks)
            return 1
        }
        // Overwriting half of a wide character blanks its other half.
        if self[x, y].isContinuation, x > 0 { self[x - 1, y] = Cell(" ", role: self[x - 1, y].role, marks: self[x - 1, y].marks) }
        if self[x, y].width == 2, columns == 1, x + 1 < size.width { self[x + 1, y] = Cell(" ", role: role, marks: marks) }
        self[x, y] = Cell(safe, width: UInt8(columns), role: role, marks: marks)
        if columns == 2 { self[x + 1, y] = Cell(" ", width: 0, role: role, marks: marks) }
        return columns
    }

    /// Writes text from (x, y) until `limit` (default: the right edge).
    /// Returns the column after the last grapheme written.
    @discardableResult
    public mutating func write<S: StringProtocol>(_ text: S, x: Int, y: Int, role: StyleRole, marks: CellMarks = [], limit: Int? = nil) -> Int {
        var column = x
        let edge = min(limit ?? size.width, size.width)
        for character in text {
            if column >= edge { break }
            column += put(character, x: column, y: y, role: role, marks: marks, limit: edge)
        }
        return column
    }

    /// The text of each row, continuation cells skipped, trailing spaces kept.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            return line
        }
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.size == b.size && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY && a.showsCursor == b.showsCursor
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }
}
