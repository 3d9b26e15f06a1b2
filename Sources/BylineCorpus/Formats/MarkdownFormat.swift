/// Markdown articles (`.md`): YAML (`---`) or TOML (`+++`) front matter with
/// title, date, author, source and url, or a `# ` heading as the title.
/// Emphasis, links, images, code and HTML tags are reduced to their text.
enum MarkdownFormat {
    static func parse(_ text: String) -> ArticleDraft {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var draft = ArticleDraft()
        if let (fields, bodyStart) = frontMatter(lines) {
            apply(fields, to: &draft)
            lines.removeFirst(bodyStart)
        }

        var paragraphs = [[String]]()
        var current = [String]()
        func flush() {
            if !current.isEmpty { paragraphs.append(current); current = [] }
        }
        var inFence = false
        for raw in lines {
            let line = raw.trimmingSpaces()
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); flush(); continue }
            if inFence { if !line.isEmpty { current.append(line) }; continue }
            if line.isEmpty { flush(); continue }
            if isRule(line) {
                // A setext underline turns the paragraph above into a heading.
                if line.first == "=" && draft.title == nil && current.count == 1 && paragraphs.isEmpty {
                    draft.title = current[0]
                    current = []
                }
                flush()
                continue
            }
            if isReferenceDefinition(line) { continue }
            if let (level, heading) = atxHeading(line) {
                flush()
                if level == 1 && draft.title == nil && paragraphs.isEmpty {
                    draft.title = inlineText(heading)
                } else {
                    paragraphs.append([inlineText(heading)])
                }
                continue
            }
            var content = Substring(line)
            while content.hasPrefix(">") { content = content.dropFirst().drop(while: { $0 == " " }) }
            if let item = listItem(content) {
                flush()
                content = item
            }
            let reduced = inlineText(String(content))
            if !reduced.isEmpty { current.append(reduced) }
        }
        flush()
        draft.paragraphs = ArticleDraft.paragraphs(of: paragraphs)
        if draft.title != nil { PlainTextFormat.takeLeadingMetadata(into: &draft) }
        if draft.title == nil {
            // No front matter title and no heading: read it like plain text.
            let plain = PlainTextFormat.parse(paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n"))
            draft.title = plain.title
            draft.author = draft.author ?? plain.author
            draft.date = draft.date ?? plain.date
            draft.source = draft.source ?? plain.source
            draft.url = draft.url ?? plain.url
            draft.paragraphs = plain.paragraphs
        }
        return draft
    }

    // MARK: Front matter

    /// The key/value pairs of a leading `---` (YAML) or `+++` (TOML) block and
    /// the number of lines it spans.
    static func frontMatter(_ lines: [String]) -> ([String: String], Int)? {
        guard let fence = lines.first?.trimmingSpaces(), fence == "---" || fence == "+++" else { return nil }
        guard let end = lines.dropFirst().firstIndex(where: {
            let t = $0.trimmingSpaces()
            return t == fence || (fence == "---" && t == "...")
        }) else { return nil }
        var fields = [String: String]()
        var lastKey: String?
        let separator: Character = fence == "---" ? ":" : "="
        for line in lines[1..<end] {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("- "), let key = lastKey {
                // A YAML list item: `author:` followed by `- Name` lines.
                let item = unquote(String(trimmed.dropFirst(2)))
                fields[key] = fields[key].map { $0.isEmpty ? item : "\($0), \(item)" } ?? item
                continue
            }
            guard !line.hasPrefix(" "), !line.hasPrefix("\t"), let sep = trimmed.firstIndex(of: separator) else { continue }
            let key = trimmed[..<sep].trimmingSpaces().lowercased()
            var value = String(trimmed[trimmed.index(after: sep)...]).trimmingSpaces()
            if value.hasPrefix("[") && value.hasSuffix("]") {
                value = value.dropFirst().dropLast().split(separator: ",").map { unquote($0.trimmingSpaces()) }.joined(separator: ", ")
            } else {
                value = unquote(value)
            }
            fields[key] = value
            lastKey = key
        }
        return (fields, end + 1)
    }

    static func apply(_ fields: [String: String], to draft: inout ArticleDraft) {
        func first(_ keys: [String]) -> String? {
            keys.lazy.compactMap { fields[$0] }.first { !$0.isEmpty }
        }
        draft.title = first(["title", "headline"])
        draft.author = first(["author", "authors", "byline", "by"])
        draft.source = first(["source", "publisher", "site", "publication"])
        draft.url = first(["url", "link", "canonical_url", "canonical", "permalink"])
        draft.date = first(["date", "published", "pubdate", "published_at", "publishdate", "created"])
            .flatMap { NewsDate(parsing: $0) }
    }

    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return value }
        var inner = String(value.dropFirst().dropLast())
        if first == "\"" { inner = inner.replacingOccurrences(of: "\\\"", with: "\"") }
        else { inner = inner.replacingOccurrences(of: "''", with: "'") }
        return inner
    }

    // MARK: Blocks

    static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let c = compact.first, "-*_=".contains(c) else { return false }
        return compact.allSatisfy { $0 == c }
    }

    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingSpaces())
    }

    static func listItem(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2)
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if (rest.hasPrefix(". ") || rest.hasPrefix(") ")) { return rest.dropFirst(2) }
        }
        return nil
    }

    static func isReferenceDefinition(_ line: String) -> Bool {
        guard let close = line.range(of: "]:") else { return false }
        return line.hasPrefix("[") && !line[..<close.lowerBound].contains("]")
    }

    // MARK: Inline

    /// Text of one line with Markdown markup removed: `[text](url)` → text,
    /// images dropped, `*emphasis*`, `**strong**`, `_x_`, `~~x~~` and
    /// `` `code` `` unwrapped, backslash escapes resolved, HTML tags removed
    /// and entities decoded.
    static func inlineText(_ line: String) -> String {
        let chars = Array(line)
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuationOrSymbol:
                out.append(chars[i + 1])
                i += 2
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                if let (_, end) = link(chars, at: i + 1) { i = end } else { out.append(c); i += 1 }
            case "[":
                if let (text, end) = link(chars, at: i) {
                    out += inlineText(text)
                    i = end
                } else {
                    out.append(c)
                    i += 1
                }
            case "*", "~":
                i += 1  // emphasis and strike-through markers
            case "_":
                // Only at word edges: snake_case stays as written.
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber) { out.append(c) }
                i += 1
            case "`":
                i += 1
            case "<":
                if let close = chars[i...].firstIndex(of: ">"), close - i < 200 {
                    let inner = String(chars[(i + 1)..<close])
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                        out += inner  // autolink
                    } else if !(inner.first.map({ $0.isLetter || $0 == "/" || $0 == "!" }) ?? false) {
                        out.append(c); i += 1; continue
                    }
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            default:
                out.append(c)
                i += 1
            }
        }
        return out.utf8.contains(UInt8(ascii: "&")) ? HTMLEntities.decode(out) : out
    }

    /// `[text](url)` or `[text][ref]` starting at `start`: the text and the index after it.
    private static func link(_ chars: [Character], at start: Int) -> (String, Int)? {
        var depth = 0
        var i = start
        while i < chars.count {
            if chars[i] == "[" { depth += 1 }
            if chars[i] == "]" { depth -= 1; if depth == 0 { break } }
            i += 1
        }
        guard i < chars.count else { return nil }
        let text = String(chars[(start + 1)..<i])
        let next = i + 1
        guard next < chars.count, chars[next] == "(" || chars[next] == "[" else { return nil }
        let closer: Character = chars[next] == "(" ? ")" : "]"
        guard let end = chars[next...].firstIndex(of: closer) else { return nil }
        return (text, end + 1)
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
