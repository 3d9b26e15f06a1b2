import BylineUI
import CNCursesW
import Glibc

/// A role and marks: what a cell's style depends on within a theme.
struct StyleKey: Hashable {
    var role: StyleRole
    var marks: CellMarks
}

/// A style as curses takes it.
struct DrawStyle {
    var attributes: attr_t
    var pair: Int16
}

extension Terminal {
    /// Draws `screen` with `theme`, writing only the cells that changed since
    /// the last frame (all of them after a resize, a theme change,
    /// `redraw()`, `suspend`, or on the first frame), then puts the hardware
    /// cursor at `screen.cursor` (top left when there is none), shown only
    /// when `screen.showsCursor`, and refreshes the terminal once.
    ///
    /// Cells beyond the terminal's size are clipped.
    public func draw(_ screen: Screen, theme: Theme) {
        guard cursesScreen != nil, let window = cnc_stdscr() else { return }
        CrashGuard.stopIfCrashed()
        let themeChanged = previousTheme != theme
        if themeChanged {
            styles.removeAll(keepingCapacity: true)
            pairs = ColorPairs(capacity: pairs.capacity, pairZero: pairs.pairZero)
        }
        let full = needsFullRedraw || themeChanged || previousScreen?.size != screen.size
        if full { werase(window) }
        let rows = min(screen.height, Int(getmaxy(window)))
        let columns = min(screen.width, Int(getmaxx(window)))
        let width = screen.width
        for position in FrameDiff.positions(from: full ? nil : previousScreen, to: screen)
        where position.y < rows && position.x < columns {
            let start = position.y * width
            let row = screen.cells[start..<start + width]
            let cell = row[start + position.x]
            let style = drawStyle(for: cell, theme: theme)
            switch FrameDiff.glyph(at: position.x, in: row, available: columns) {
            case .character(let character, _):
                put(character, x: position.x, y: position.y, style: style, window: window)
            case .blank(let count):
                for x in position.x..<min(position.x + count, columns) {
                    put(" ", x: x, y: position.y, style: style, window: window)
                }
            }
        }

        var target = (x: 0, y: 0)
        if let cursor = screen.cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            target = cursor
        }
        wmove(window, Int32(target.y), Int32(target.x))
        let show = screen.showsCursor && screen.cursor != nil
        if cursorShown != show {
            curs_set(show ? 1 : 0)
            cursorShown = show
        }
        CrashGuard.stopIfCrashed()
        wrefresh(window)
        previousScreen = screen
        previousTheme = theme
        needsFullRedraw = false
    }

    private func drawStyle(for cell: Cell, theme: Theme) -> DrawStyle {
        let key = StyleKey(role: cell.role, marks: cell.marks)
        if let known = styles[key] { return known }
        let style = theme.style(for: cell.role, marks: cell.marks, depth: colorDepth)
        var attributes = CNC_A_NORMAL
        if style.attributes.contains(.bold) { attributes |= CNC_A_BOLD }
        if style.attributes.contains(.dim) { attributes |= CNC_A_DIM }
        if style.attributes.contains(.italic) { attributes |= CNC_A_ITALIC }
        if style.attributes.contains(.underline) { attributes |= CNC_A_UNDERLINE }
        if style.attributes.contains(.reverse) { attributes |= CNC_A_REVERSE }
        var pair: Int16 = 0
        if colorDepth != .monochrome, palette.colors > 0 {
            let colors = ColorPairs.Colors(
                foreground: palette.number(for: style.foreground, isForeground: true),
                background: palette.number(for: style.background, isForeground: false))
            let assignment = pairs.pair(for: colors)
            if case .new(let number) = assignment {
                init_pair(number, colors.foreground, colors.background)
            }
            pair = assignment.pair
        }
        let result = DrawStyle(attributes: attributes, pair: pair)
        styles[key] = result
        return result
    }

    /// Writes one grapheme (at most five scalars: one spacing character and
    /// its marks, as `cchar_t` holds) at (x, y).
    private func put(_ character: Character, x: Int, y: Int, style: DrawStyle, window: UnsafeMutablePointer<WINDOW>) {
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { buffer in
            var count = 0
            for scalar in character.unicodeScalars where count < 5 {
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            buffer[count] = 0
            var cell = cchar_t()
            if setcchar(&cell, buffer.baseAddress, style.attributes, style.pair, nil) == ERR {
                // The marks were refused: keep the base character alone.
                buffer[1] = 0
                guard setcchar(&cell, buffer.baseAddress, style.attributes, style.pair, nil) != ERR else { return }
            }
            // ERR at the bottom-right cell is expected (the cursor cannot
            // move past it); the character is placed anyway.
            mvwadd_wch(window, Int32(y), Int32(x), &cell)
        }
    }
}
