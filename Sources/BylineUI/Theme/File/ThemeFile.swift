/// One theme file, parsed as TOML and read as a theme: which keys it may
/// hold, what they mean, and an error naming the line for anything else.
/// See `Themes/README.md` for the format.
struct ThemeFile: Sendable {
    /// Where the file is, for error messages.
    let path: String
    let document: TOMLDocument

    /// Parses `bytes` read from `path`.
    init(path: String, bytes: [UInt8]) throws(ThemeError) {
        self.path = path
        do {
            document = try TOMLDocument(parsing: bytes)
        } catch {
            throw ThemeError(path: path, syntax: error)
        }
    }

    /// Parses `text` as if read from `path`.
    init(path: String, text: String) throws(ThemeError) {
        try self.init(path: path, bytes: Array(text.utf8))
    }

    /// The theme this one starts from (`inherits = "NAME"`) and its line,
    /// or nil for a complete theme.
    func parent() throws(ThemeError) -> (name: String, line: Int)? {
        guard let entry = document.entry(at: ["inherits"]) else { return nil }
        guard case .string(let name) = entry.value, !name.isEmpty else {
            throw fail(entry, "inherits must be the name of a theme in quotes, such as \"dark\"")
        }
        return (name, entry.line)
    }

    /// What the file sets, reading colour names against `inheritedPalette`
    /// and the file's own `[palette]`.
    func spec(inheritedPalette: [String: TerminalColor] = [:]) throws(ThemeError) -> ThemeSpec {
        var spec = ThemeSpec(palette: inheritedPalette)
        for table in document.tables { try checkHeader(table) }
        for entry in document.entries where entry.path.first == "palette" {
            try readPaletteEntry(entry, into: &spec)
        }
        for entry in document.entries where entry.path.first != "palette" {
            try read(entry, into: &spec)
        }
        // A table that is present but empty still counts as set.
        for table in document.tables {
            if table.path.count == 1, let role = StyleRole(rawValue: table.path[0]) {
                spec.roles[role] = spec.roles[role] ?? StyleSpec()
            } else if table.path.count == 2, table.path[0] == "marks", let mark = Theme.Mark(rawValue: table.path[1]) {
                spec.marks[mark] = spec.marks[mark] ?? StyleSpec()
            }
        }
        return spec
    }

    // MARK: Structure

    private func checkHeader(_ table: TOMLDocument.Table) throws(ThemeError) {
        let path = table.path
        let fail = { (problem: String) in ThemeError(path: self.path, line: table.line, problem: problem) }
        switch path[0] {
        case "palette":
            if path.count > 1 { throw fail("unknown table [\(path.joined(separator: "."))]; palette entries are colours, such as sky = 117") }
        case "name", "inherits":
            throw fail("\(path[0]) must be a string, not a table")
        case "marks":
            guard path.count > 1 else { return }
            guard Theme.Mark(rawValue: path[1]) != nil else { throw fail(Self.unknownMark(path[1])) }
            if path.count > 2 { throw fail("unknown table [\(path.joined(separator: "."))]") }
        default:
            guard StyleRole(rawValue: path[0]) != nil else { throw fail(Self.unknownRole(path[0])) }
            if path.count > 1 { throw fail("unknown table [\(path.joined(separator: "."))]") }
        }
    }

    private func read(_ entry: TOMLDocument.Entry, into spec: inout ThemeSpec) throws(ThemeError) {
        let path = entry.path
        switch path[0] {
        case "name" where path.count == 1:
            guard case .string(let name) = entry.value else {
                throw fail(entry, "name must be a string, not \(entry.value.kindDescription)")
            }
            spec.name = name
        case "inherits" where path.count == 1:
            _ = try parent()
        case "name", "inherits":
            throw fail(entry, "\(path[0]) must be a string, not a table")
        case "marks":
            guard path.count > 1 else { throw fail(entry, "marks must be tables such as [marks.selection]") }
            guard let mark = Theme.Mark(rawValue: path[1]) else { throw fail(entry, Self.unknownMark(path[1])) }
            guard path.count > 2 else { throw fail(entry, "marks.\(path[1]) must be a table ([marks.\(path[1])]), not a value") }
            var style = spec.marks[mark] ?? StyleSpec()
            try readStyleKey(Array(path.dropFirst(2)), of: entry, table: "marks.\(path[1])", into: &style,
                             palette: spec.palette, isMark: true)
            spec.marks[mark] = style
        default:
            guard let role = StyleRole(rawValue: path[0]) else {
                throw fail(entry, path.count == 1 ? Self.unknownTopLevelKey(path[0]) : Self.unknownRole(path[0]))
            }
            guard path.count > 1 else { throw fail(entry, "\(path[0]) must be a table ([\(path[0])]), not a value") }
            var style = spec.roles[role] ?? StyleSpec()
            try readStyleKey(Array(path.dropFirst()), of: entry, table: path[0], into: &style,
                             palette: spec.palette, isMark: false)
            spec.roles[role] = style
        }
    }

    private func readStyleKey(_ key: [String], of entry: TOMLDocument.Entry, table: String,
                              into style: inout StyleSpec, palette: [String: TerminalColor], isMark: Bool) throws(ThemeError) {
        let name = key.joined(separator: ".")
        let value = entry.value
        let setting = { (basic: Bool) throws(ThemeError) -> StyleSpec.Color in
            try self.colorSetting(value, key: name, palette: palette, basic: basic, isMark: isMark, entry: entry)
        }
        switch name {
        case "fg": style.foreground = try setting(false)
        case "bg": style.background = try setting(false)
        case "fg8": style.basicForeground = try setting(true)
        case "bg8": style.basicBackground = try setting(true)
        case "attrs": style.attributes = try attributes(value, key: name, entry: entry)
        case "attrs8": style.basicAttributes = try attributes(value, key: name, entry: entry)
        case "mono": style.monochrome = try attributes(value, key: name, entry: entry)
        default:
            let hint = Suggestion.closest(to: name, among: StyleSpec.keys).map { " (did you mean \"\($0)\"?)" }
                ?? " (keys are \(StyleSpec.keys.joined(separator: ", ")))"
            throw fail(entry, "unknown key \(QuotedText.quoted(name)) in [\(table)]" + hint)
        }
    }

    private func readPaletteEntry(_ entry: TOMLDocument.Entry, into spec: inout ThemeSpec) throws(ThemeError) {
        guard entry.path.count == 2 else {
            throw fail(entry, entry.path.count == 1
                ? "palette must be a table ([palette]) of named colours"
                : "unknown key \(QuotedText.quoted(entry.path.dropFirst().joined(separator: "."))) in [palette]")
        }
        let name = entry.path[1].lowercased()
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && TOMLParser.isBareKeyByte(UInt8($0.value)) }) else {
            throw fail(entry, "palette name \(QuotedText.quoted(entry.path[1])) must use only letters, digits, - and _")
        }
        guard TerminalColor(name: name) == nil, name != "keep" else {
            throw fail(entry, "palette name \(QuotedText.quoted(name)) would hide the built-in colour of that name")
        }
        spec.palette[name] = try color(entry.value, key: name, palette: spec.palette, basic: false, entry: entry)
    }

    func fail(_ entry: TOMLDocument.Entry, _ problem: String) -> ThemeError {
        ThemeError(path: path, line: entry.line, problem: problem)
    }

    // MARK: Messages for unknown names

    private static func unknownRole(_ name: String) -> String {
        let known = StyleRole.allCases.map(\.rawValue) + ["marks", "palette"]
        let hint = Suggestion.closest(to: name, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
        return "unknown role \(QuotedText.quoted(name))" + hint
    }

    private static func unknownMark(_ name: String) -> String {
        let known = Theme.Mark.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: name, among: known).map { " (did you mean \"\($0)\"?)" }
            ?? " (marks are \(known.joined(separator: ", ")))"
        return "unknown mark \(QuotedText.quoted(name))" + hint
    }

    private static func unknownTopLevelKey(_ name: String) -> String {
        let hint = Suggestion.closest(to: name, among: ["name", "inherits"]).map { " (did you mean \"\($0)\"?)" } ?? ""
        return "unknown key \(QuotedText.quoted(name))" + hint
    }
}
