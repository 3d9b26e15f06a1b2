/// Everything one theme file says, after its colours are read, before it
/// is checked for completeness and turned into a `Theme`.
struct ThemeSpec: Sendable, Hashable {
    /// The display name (`name = …`), if the file gives one.
    var name: String?
    /// Named colours (`[palette]`), the parent's included.
    var palette: [String: TerminalColor] = [:]
    var roles: [StyleRole: StyleSpec] = [:]
    var marks: [Theme.Mark: StyleSpec] = [:]

    /// This theme laid over `parent`: tables set here override the parent's
    /// key by key (see `StyleSpec.over`). The name is not inherited.
    func over(_ parent: ThemeSpec) -> ThemeSpec {
        var result = parent
        result.name = name
        result.palette.merge(palette) { _, own in own }
        for (role, spec) in roles { result.roles[role] = spec.over(parent.roles[role] ?? StyleSpec()) }
        for (mark, spec) in marks { result.marks[mark] = spec.over(parent.marks[mark] ?? StyleSpec()) }
        return result
    }

    /// The tables a complete theme lacks, as `[person]`, `[marks.selection]`.
    var missingTables: [String] {
        StyleRole.allCases.filter { roles[$0] == nil }.map { "[\($0.rawValue)]" }
            + Theme.Mark.allCases.filter { marks[$0] == nil }.map { "[marks.\($0.rawValue)]" }
    }

    /// The theme, named `fallbackName` when the file gives no name.
    func theme(fallbackName: String) -> Theme {
        Theme(name: name ?? fallbackName,
              roles: roles.mapValues(\.roleStyle),
              marks: marks.mapValues(\.markStyle))
    }
}
