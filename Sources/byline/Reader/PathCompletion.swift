import Foundation

/// Tab completion for the command line: folder and file paths for `:open`,
/// theme names for `:theme`, sort keys for `:sort`, and command names.
enum CommandCompletion {
    static let commands = ["open", "theme", "sort", "filter", "skipped", "help", "layers", "quit"]

    /// The completed command line and the alternatives when it is ambiguous.
    static func complete(_ line: String, themes: [String], sortKeys: [String]) -> (text: String, alternatives: [String]) {
        guard let space = line.firstIndex(of: " ") else {
            return completeWord(line, among: commands, prefix: "", suffix: " ")
        }
        let command = String(line[..<space])
        let argument = String(line[line.index(after: space)...]).drop { $0 == " " }
        switch command {
        case "open", "o", "e", "edit":
            let completed = completePath(String(argument))
            return ("\(command) \(completed.text)", completed.alternatives)
        case "theme", "colo", "colorscheme":
            return completeWord(String(argument), among: themes, prefix: "\(command) ", suffix: "")
        case "sort":
            return completeWord(String(argument), among: sortKeys, prefix: "sort ", suffix: "")
        default:
            return (line, [])
        }
    }

    static func completeWord(_ word: String, among options: [String], prefix: String, suffix: String) -> (text: String, alternatives: [String]) {
        let matches = options.filter { $0.hasPrefix(word) }
        guard !matches.isEmpty else { return (prefix + word, []) }
        if matches.count == 1 { return (prefix + matches[0] + suffix, matches) }
        return (prefix + commonPrefix(matches), matches)
    }

    /// Completes a path: `~` expands, folders get a trailing `/`.
    static func completePath(_ typed: String, fileManager: FileManager = .default) -> (text: String, alternatives: [String]) {
        let expanded = (typed as NSString).expandingTildeInPath
        let folder: String, stem: String
        if typed.isEmpty || expanded.hasSuffix("/") {
            folder = typed.isEmpty ? "." : expanded
            stem = ""
        } else {
            folder = (expanded as NSString).deletingLastPathComponent.isEmpty ? "." : (expanded as NSString).deletingLastPathComponent
            stem = (expanded as NSString).lastPathComponent
        }
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return (typed, []) }
        let matches = names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard !matches.isEmpty else { return (typed, []) }
        let typedFolder: String
        if typed.isEmpty || typed.hasSuffix("/") {
            typedFolder = typed
        } else if let slash = typed.lastIndex(of: "/") {
            typedFolder = String(typed[...slash])
        } else {
            typedFolder = ""
        }
        if matches.count == 1 {
            var isFolder: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(matches[0])
            _ = fileManager.fileExists(atPath: full, isDirectory: &isFolder)
            return (typedFolder + matches[0] + (isFolder.boolValue ? "/" : ""), matches)
        }
        return (typedFolder + commonPrefix(matches), matches)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
