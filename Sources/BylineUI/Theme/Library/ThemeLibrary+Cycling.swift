/// `F2`/`F3`: moving to the next or previous theme that loads.
extension ThemeLibrary {
    /// The theme `offset` steps from `name` in `names` (+1 for `F2`, -1 for
    /// `F3`), skipping themes that fail to load, so that one broken file
    /// cannot trap the cycle. The notice names the first theme skipped and
    /// why; when no theme loads, the result is `loadOrFallback(nil)`'s.
    public func cycle(from name: String, by offset: Int) -> ThemeChoice {
        guard offset != 0 else { return loadOrFallback(name) }
        var candidate = self.name(offset, from: name)
        var firstError: ThemeError?
        for _ in 0..<max(names.count, 1) {
            switch load(candidate) {
            case .success(let theme):
                let notice = firstError.map { "\($0) — skipped \(QuotedText.quoted($0.path.map(Self.themeName) ?? candidate))" }
                return ThemeChoice(theme: theme, name: candidate, notice: notice, error: firstError)
            case .failure(let error):
                firstError = firstError ?? error
                candidate = offset > 0 ? next(after: candidate) : previous(before: candidate)
            }
        }
        var fallback = loadOrFallback(nil)
        if let firstError, fallback.error == nil {
            fallback.notice = "\(firstError) — using theme \(QuotedText.quoted(fallback.name))"
            fallback.error = firstError
        }
        return fallback
    }

    /// The theme name of a theme file's path: its file name without `.toml`.
    private static func themeName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }
}
