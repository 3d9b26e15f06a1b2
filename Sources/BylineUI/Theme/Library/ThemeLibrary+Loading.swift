/// Loading a theme: reading its file, then its parents (`inherits`).
extension ThemeLibrary {
    /// How many `inherits` steps a theme may take.
    static let maxInheritance = 16

    /// Theme `name` (or the theme file at `name` when it holds a `/` or
    /// ends in `.toml`), fully resolved, or the first problem found in it
    /// or in the themes it inherits.
    public func load(_ name: String) -> Result<Theme, ThemeError> {
        guard let location = candidates(for: name).first else {
            return .failure(unknownTheme(name))
        }
        do {
            let spec = try spec(at: location, chain: [])
            return .success(spec.theme(fallbackName: location.name))
        } catch {
            return .failure(error)
        }
    }

    private func spec(at location: Location, chain: [Location]) throws(ThemeError) -> ThemeSpec {
        let file = try ThemeFile(path: location.path, bytes: ThemeFileReader.read(location.path))
        guard let (parentName, line) = try file.parent() else {
            let spec = try file.spec()
            let missing = spec.missingTables
            guard missing.isEmpty else {
                let shown = missing.prefix(6).joined(separator: ", ") + (missing.count > 6 ? " and \(missing.count - 6) more" : "")
                throw ThemeError(path: location.path, problem: "missing \(shown) (a theme without \"inherits\" sets every role and mark)")
            }
            return spec
        }
        let chain = chain + [location]
        let fail = { (problem: String) in ThemeError(path: location.path, line: line, problem: problem) }
        let options = candidates(for: parentName)
        guard let parent = options.first(where: { $0.path != location.path }) else {
            throw fail(options.isEmpty ? "inherits \(unknownTheme(parentName).problem)" : "a theme cannot inherit from itself")
        }
        if chain.contains(where: { $0.path == parent.path }) {
            let cycle = (chain.drop { $0.path != parent.path }.map(\.name) + [parent.name]).joined(separator: " → ")
            throw fail("inherits \(QuotedText.quoted(parentName)), which makes a cycle: \(cycle)")
        }
        guard chain.count < Self.maxInheritance else {
            throw fail("inherits go more than \(Self.maxInheritance) themes deep")
        }
        let parentSpec = try spec(at: parent, chain: chain)
        return try file.spec(inheritedPalette: parentSpec.palette).over(parentSpec)
    }

    private func unknownTheme(_ name: String) -> ThemeError {
        let known = names
        let list = known.isEmpty ? "no theme files were found" : "themes: " + known.joined(separator: ", ")
        return ThemeError(problem: "unknown theme \(QuotedText.quoted(name)) (\(list))")
    }
}
