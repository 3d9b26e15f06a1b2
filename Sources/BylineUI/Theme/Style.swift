/// A colour as a terminal knows it: the terminal's own default, or an entry
/// of the 256-colour palette (0–7 are the basic colours every colour
/// terminal has).
public enum TerminalColor: Sendable, Hashable {
    case terminalDefault
    case indexed(UInt8)
}

/// Text attributes a terminal can draw without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// How a cell is drawn: what a backend needs, once the theme has resolved a
/// cell's role and marks for the terminal's colour depth.
public struct Style: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
}

/// How many colours the terminal can show, which picks the part of a theme
/// that is used.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable {
    /// No colour at all: `NO_COLOR`, or a terminal without colours. Only
    /// attributes (bold, underline, reverse…) tell roles apart.
    case monochrome
    /// The 8 basic colours.
    case basic
    /// The 256-colour palette.
    case extended
}
