/// A colour theme: how every style role and every mark looks at each colour
/// depth. Themes are read from `.toml` files (see `ThemeFile`); `Theme.plain`
/// is the built-in last resort when no file can be read.
public struct Theme: Sendable, Hashable {
    /// How one role looks at each colour depth.
    public struct RoleStyle: Sendable, Hashable {
        public var extended: Style
        public var basic: Style
        public var monochrome: TextAttributes

        public init(extended: Style, basic: Style, monochrome: TextAttributes) {
            self.extended = extended
            self.basic = basic
            self.monochrome = monochrome
        }
    }

    /// A change laid over a role's style by a mark: colours it replaces (nil
    /// keeps the role's) and attributes it adds.
    public struct Overlay: Sendable, Hashable {
        public var foreground: TerminalColor?
        public var background: TerminalColor?
        public var attributes: TextAttributes

        public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: TextAttributes = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    /// How one mark looks at each colour depth.
    public struct MarkStyle: Sendable, Hashable {
        public var extended: Overlay
        public var basic: Overlay
        public var monochrome: TextAttributes

        public init(extended: Overlay, basic: Overlay, monochrome: TextAttributes) {
            self.extended = extended
            self.basic = basic
            self.monochrome = monochrome
        }
    }

    /// The marks a theme styles, in the order they are laid over a role:
    /// later ones win where they set the same colour.
    public enum Mark: String, Sendable, Hashable, CaseIterable {
        case claim = "claim_marked"
        case inactiveSelection = "selection_inactive"
        case selection
        case match = "search_match"
        case currentMatch = "search_current"

        var cellMark: CellMarks {
            switch self {
            case .claim: return .claim
            case .inactiveSelection: return .inactiveSelection
            case .selection: return .selection
            case .match: return .match
            case .currentMatch: return .currentMatch
            }
        }
    }

    public var name: String
    public var roles: [StyleRole: RoleStyle]
    public var marks: [Mark: MarkStyle]

    public init(name: String, roles: [StyleRole: RoleStyle], marks: [Mark: MarkStyle]) {
        self.name = name
        self.roles = roles
        self.marks = marks
    }

    /// The style a cell of `role` with `marks` is drawn in at `depth`.
    public func style(for role: StyleRole, marks cellMarks: CellMarks = [], depth: ColorDepth) -> Style {
        let base = roles[role] ?? roles[.text] ?? Theme.plainRole
        var style: Style
        switch depth {
        case .extended: style = base.extended
        case .basic: style = base.basic
        case .monochrome: style = Style(attributes: base.monochrome)
        }
        guard !cellMarks.isEmpty else { return style }
        for mark in Mark.allCases where cellMarks.contains(mark.cellMark) {
            guard let markStyle = marks[mark] else { continue }
            let overlay: Overlay
            switch depth {
            case .extended: overlay = markStyle.extended
            case .basic: overlay = markStyle.basic
            case .monochrome: overlay = Overlay(attributes: markStyle.monochrome)
            }
            if let foreground = overlay.foreground { style.foreground = foreground }
            if let background = overlay.background { style.background = background }
            style.attributes.formUnion(overlay.attributes)
        }
        return style
    }

    private static let plainRole = RoleStyle(extended: .plain, basic: .plain, monochrome: [])
}
