/// One entry of the keymap: a key sequence, the command it gives, where it
/// applies and the line the help overlay shows for it.
public struct KeyBinding: Sendable, Hashable {
    /// The keys pressed in turn (`]` then `p`); most bindings are one key.
    public var keys: [Key]
    public var command: Command
    /// The panes where the binding applies; empty means everywhere.
    public var panes: Set<Pane>
    public var help: String

    public init(_ keys: [Key], _ command: Command, in panes: Set<Pane> = [], help: String) {
        self.keys = keys
        self.command = command
        self.panes = panes
        self.help = help
    }

    /// True when the binding applies in `pane`.
    public func applies(in pane: Pane) -> Bool { panes.isEmpty || panes.contains(pane) }
}

extension Key {
    /// How the key is written in help and in the status line: `j`, `Ctrl-D`,
    /// `Enter`, `↓`, `F2`.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        }
    }
}
