import Foundation

/// A folder of theme files: every `NAME.toml` in it that is not hidden and
/// not a folder is the theme `NAME`.
struct ThemeFolder: Sendable, Hashable {
    let path: String

    /// Theme name → file path. Empty when the folder does not exist.
    func themeFiles() -> [String: String] {
        guard let children = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [:] }
        var files: [String: String] = [:]
        for child in children where child.hasSuffix(".toml") && !child.hasPrefix(".") && child.count > 5 {
            let full = file(child)
            if !ThemeFileReader.isFolder(full) { files[String(child.dropLast(5))] = full }
        }
        return files
    }

    /// The path of `name` in this folder.
    func file(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }
}
