import BylineUI

/// The colours a terminal has, and how a `TerminalColor` maps onto them.
/// Pure: no terminal needed.
public struct ColorPalette: Sendable, Hashable {
    /// How many colours the terminal has (`COLORS`); 0 when it has none.
    public var colors: Int
    /// True when the terminal's own default colours can be used (colour -1,
    /// after `use_default_colors` succeeded).
    public var hasDefaultColors: Bool

    /// A palette of `colors` colours.
    public init(colors: Int, hasDefaultColors: Bool) {
        self.colors = max(0, colors)
        self.hasDefaultColors = hasDefaultColors
    }

    /// The curses colour number for `color`: -1 for the terminal default
    /// (white on black when defaults are unavailable), the index itself when
    /// the terminal has it, else its closest basic colour
    /// (`TerminalColor.basicApproximation`), else the default.
    public func number(for color: TerminalColor, isForeground: Bool) -> Int16 {
        let fallback: Int16 = hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        guard case .indexed(let index) = color else { return fallback }
        if Int(index) < colors { return Int16(index) }
        if case .indexed(let basic) = color.basicApproximation, Int(basic) < colors { return Int16(basic) }
        return fallback
    }
}
