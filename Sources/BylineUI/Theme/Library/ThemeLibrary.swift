/// The themes Byline can use: the shipped folder (`Themes/` in the
/// repository, bundled as `BylineThemes.ShippedThemes.folder`) and the
/// user's folder (`$XDG_CONFIG_HOME/byline/themes`). A user theme with the
/// name of a shipped one replaces it. Folders are listed on every call, so
/// a theme saved while Byline runs shows up at the next `F2`. Nothing is
/// ever written.
public struct ThemeLibrary: Sendable, Hashable {
    /// The theme used when none is asked for, or when the asked-for one fails.
    public static let defaultName = "dark"

    /// The folder of the themes that ship with Byline, if it was found.
    public let shippedFolder: String?
    /// The user's theme folder, if a home or config folder is known.
    public let userFolder: String?

    /// A library over two folders; either may be nil or missing on disk.
    public init(shippedFolder: String?, userFolder: String?) {
        self.shippedFolder = shippedFolder
        self.userFolder = userFolder
    }

    /// A library whose user folder comes from `environment` (see
    /// `userFolder(environment:)`).
    public init(shippedFolder: String?, environment: [String: String]) {
        self.init(shippedFolder: shippedFolder, userFolder: Self.userFolder(environment: environment))
    }

    /// `$XDG_CONFIG_HOME/byline/themes`, or `$HOME/.config/byline/themes`
    /// when `XDG_CONFIG_HOME` is unset, empty or relative (as the XDG spec
    /// says); nil without either.
    public static func userFolder(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return join(config, "byline/themes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".config/byline/themes")
        }
        return nil
    }

    /// The name of the default theme (`ThemeLibrary.defaultName`).
    public var defaultName: String { Self.defaultName }

    /// Every theme name, sorted; user themes and shipped ones together.
    public var names: [String] {
        Set(files(in: shippedFolder).keys).union(files(in: userFolder).keys).sorted()
    }

    /// The file theme `name` is read from: the user's if there is one,
    /// else the shipped one; nil for an unknown name.
    public func path(of name: String) -> String? {
        candidates(for: name).first?.path
    }

    /// The name after `name` in `names`, wrapping round (for `F2`). A name
    /// not in the list is placed where it would sort.
    public func next(after name: String) -> String {
        let all = names
        return all.first { $0 > name } ?? all.first ?? Self.defaultName
    }

    /// The name before `name` in `names`, wrapping round (for `F3`).
    public func previous(before name: String) -> String {
        let all = names
        return all.last { $0 < name } ?? all.last ?? Self.defaultName
    }

    /// The name `offset` steps from `name`: +1 is `next(after:)`, -1 is
    /// `previous(before:)`, 0 is `name` itself.
    public func name(_ offset: Int, from name: String) -> String {
        var result = name
        for _ in 0..<min(abs(offset), 1_000) {
            result = offset > 0 ? next(after: result) : previous(before: result)
        }
        return result
    }

    // MARK: Files

    /// Where a theme can be read from.
    struct Location: Hashable {
        var name: String
        var path: String
    }

    /// The files `name` may be read from, the user's first. A name holding
    /// a `/` or ending in `.toml` is the path of a theme file.
    func candidates(for name: String) -> [Location] {
        if name.contains("/") || name.hasSuffix(".toml") {
            let file = name.split(separator: "/").last.map(String.init) ?? name
            let id = file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
            return [Location(name: id, path: name)]
        }
        return [userFolder, shippedFolder].compactMap { folder in
            files(in: folder)[name].map { Location(name: name, path: $0) }
        }
    }

    private func files(in folder: String?) -> [String: String] {
        folder.map { ThemeFolder(path: $0).themeFiles() } ?? [:]
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
