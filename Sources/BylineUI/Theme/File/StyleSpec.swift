/// What one role or mark table of a theme file sets. Unset keys are nil
/// until the theme is resolved: then colours default to the terminal's (for
/// a role) or the role's (for a mark), `fg8`/`bg8` to the basic colour
/// nearest `fg`/`bg`, and `attrs8`/`mono` to `attrs`.
struct StyleSpec: Sendable, Hashable {
    /// A colour setting: a colour, or (marks only) `"keep"`, which leaves
    /// the role's colour as it is.
    enum Color: Sendable, Hashable {
        case color(TerminalColor)
        case keep

        var terminalColor: TerminalColor? {
            if case .color(let color) = self { return color }
            return nil
        }
    }

    var foreground: Color?
    var background: Color?
    var attributes: TextAttributes?
    var basicForeground: Color?
    var basicBackground: Color?
    var basicAttributes: TextAttributes?
    var monochrome: TextAttributes?

    /// The keys a style table may hold, in the order the docs list them.
    static let keys = ["fg", "bg", "attrs", "fg8", "bg8", "attrs8", "mono"]

    /// These settings laid over `parent`'s: what is set here wins, the rest
    /// is kept, except that a `fg`/`bg` set without `fg8`/`bg8` drops the
    /// parent's `fg8`/`bg8` so they are derived from the new colour.
    func over(_ parent: StyleSpec) -> StyleSpec {
        StyleSpec(
            foreground: foreground ?? parent.foreground,
            background: background ?? parent.background,
            attributes: attributes ?? parent.attributes,
            basicForeground: basicForeground ?? (foreground == nil ? parent.basicForeground : nil),
            basicBackground: basicBackground ?? (background == nil ? parent.basicBackground : nil),
            basicAttributes: basicAttributes ?? parent.basicAttributes,
            monochrome: monochrome ?? parent.monochrome
        )
    }

    /// The role style: unset colours are the terminal's own.
    var roleStyle: Theme.RoleStyle {
        let overlay = markStyle
        return Theme.RoleStyle(
            extended: Style(foreground: overlay.extended.foreground ?? .terminalDefault,
                            background: overlay.extended.background ?? .terminalDefault,
                            attributes: overlay.extended.attributes),
            basic: Style(foreground: overlay.basic.foreground ?? .terminalDefault,
                         background: overlay.basic.background ?? .terminalDefault,
                         attributes: overlay.basic.attributes),
            monochrome: overlay.monochrome
        )
    }

    /// The mark style: unset colours keep the role's.
    var markStyle: Theme.MarkStyle {
        let attributes = attributes ?? []
        return Theme.MarkStyle(
            extended: Theme.Overlay(foreground: foreground?.terminalColor,
                                    background: background?.terminalColor,
                                    attributes: attributes),
            basic: Theme.Overlay(foreground: Self.basic(basicForeground, from: foreground),
                                 background: Self.basic(basicBackground, from: background),
                                 attributes: basicAttributes ?? attributes),
            monochrome: monochrome ?? attributes
        )
    }

    /// The 8-colour setting, or the basic colour nearest the 256-colour one.
    private static func basic(_ explicit: Color?, from extended: Color?) -> TerminalColor? {
        if let explicit { return explicit.terminalColor }
        return extended?.terminalColor?.basicApproximation
    }
}
