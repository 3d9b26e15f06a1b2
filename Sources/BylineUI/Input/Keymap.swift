/// The keys Byline answers to, as data: the reducer looks keys up here and
/// the help overlay is generated from it, so help always matches the keys.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// What a sequence of keys means in a pane.
    public enum Lookup: Sendable, Hashable {
        case command(Command)
        /// The keys so far begin a longer binding (`]` of `]p`): wait for more.
        case prefix
        case unbound
    }

    public func lookup(_ keys: [Key], in pane: Pane) -> Lookup {
        var isPrefix = false
        for binding in bindings where binding.applies(in: pane) {
            if binding.keys == keys { return .command(binding.command) }
            if binding.keys.count > keys.count, Array(binding.keys.prefix(keys.count)) == keys { isPrefix = true }
        }
        return isPrefix ? .prefix : .unbound
    }

    /// Help lines for a pane (or the global keys when `pane` is nil): the
    /// keys of each command, joined, and its help text, in keymap order.
    public func helpLines(for pane: Pane?) -> [(keys: String, help: String)] {
        var order: [String] = []
        var keysByHelp: [String: [String]] = [:]
        for binding in bindings {
            let belongs = pane.map { binding.panes.contains($0) } ?? binding.panes.isEmpty
            guard belongs else { continue }
            let label = binding.keys.map(\.label).joined()
            if keysByHelp[binding.help] == nil { order.append(binding.help) }
            keysByHelp[binding.help, default: []].append(label)
        }
        return order.map { (keysByHelp[$0, default: []].joined(separator: " "), $0) }
    }
}
