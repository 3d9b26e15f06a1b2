/// The article formats Byline reads, chosen by extension and then by content.
public enum FileFormat: String, Sendable, CaseIterable {
    case plainText, markdown, html, json, jsonLines

    /// The format an extension promises, or nil for files that are not articles.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml", "shtml": self = .html
        case "json": self = .json
        case "jsonl", "ndjson", "jsonlines": self = .jsonLines
        default: return nil
        }
    }

    /// The format of a file named `name`, or nil for files that are not articles.
    public init?(fileName name: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(pathExtension: String(name[name.index(after: dot)...]))
    }

    /// Corrects the extension's promise by looking at the text: an HTML page
    /// saved as `.txt`, JSON Lines saved as `.json`, front matter in `.txt`.
    func refined(by text: String) -> FileFormat {
        let head = text.utf8.prefix(2048)
        guard let firstIndex = head.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else { return self }
        let first = head[firstIndex]
        // Only these can start HTML, JSON or front matter; anything else is what the name says.
        guard first == UInt8(ascii: "<") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
                || first == UInt8(ascii: "-") else {
            return self == .json || self == .jsonLines ? .plainText : self
        }
        let lowerHead = String(decoding: head[firstIndex...].prefix(512).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
                               as: UTF8.self)
        let looksLikeHTML = lowerHead.hasPrefix("<!doctype html") || lowerHead.hasPrefix("<html")
            || (first == UInt8(ascii: "<") && (lowerHead.contains("<body") || lowerHead.contains("<head")
                || lowerHead.contains("<p>") || lowerHead.contains("<article")))
        switch self {
        case .html:
            return self
        case .plainText, .markdown:
            if looksLikeHTML { return .html }
            if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
            if self == .plainText, lowerHead.hasPrefix("---\n"), lowerHead.contains("\ntitle:") { return .markdown }
            return self
        case .json, .jsonLines:
            if looksLikeHTML { return .html }
            if first != UInt8(ascii: "{") && first != UInt8(ascii: "[") { return .plainText }
            return self
        }
    }
}
