import BylineCorpus

/// A view laid over the panes until it is closed.
public enum Overlay: Sendable, Hashable {
    /// `?`: the keys, generated from the keymap.
    case help(top: Int)
    /// `E`: the corpus's entities by mention count.
    case entities(EntityIndexState)
    /// `:skipped`: the files and records that could not be read, and why.
    case skipped(top: Int)
}

/// The entity index view: a list of the corpus's entities, filterable.
public struct EntityIndexState: Sendable, Hashable {
    public var query = ""
    /// Only entities of this type, or all; `t` cycles.
    public var kind: EntityMention.Kind?
    public var selected = 0
    public var top = 0

    public init() {}
}
