/// Plain-text articles (`.txt`).
///
/// The first line is the headline when it reads like one (short, no final
/// full stop); otherwise the whole file is body and the title is derived from
/// the first sentence. Leading metadata lines — a `By …` byline, a date line,
/// `Source:`, `Author:` and `URL:` lines — are read wherever they sit among
/// the first lines. Blank lines separate paragraphs; single newlines inside a
/// paragraph are joined.
enum PlainTextFormat {
    /// Most lines a metadata block at the top of a file can have.
    static let metadataLineLimit = 8
    /// Longest first line that can still be a headline.
    static let headlineLengthLimit = 200
    static let headlineWordLimit = 30

    static func parse(_ text: String) -> ArticleDraft {
        var draft = ArticleDraft()
        var lines = splitLines(text)
        // Page furniture before the headline ("Skip to content", "Menu").
        var start = 0
        while start < lines.count, isBlank(lines[start]) || Boilerplate.isBoilerplate(lines[start]) { start += 1 }

        var index = start
        var headerLines = 0
        while index < lines.count, headerLines < metadataLineLimit {
            if isBlank(lines[index]) { index += 1; continue }
            // Metadata lines and headlines are short; a long line is body text.
            guard lines[index].utf8.count <= headlineLengthLimit * 4 else { break }
            let line = lines[index].trimmingSpaces()
            if readMetadata(line, into: &draft) {
                lines[index] = ""
            } else if draft.title == nil, isHeadline(line), hasMoreText(lines, after: index) {
                draft.title = line
                lines[index] = ""
            } else {
                break
            }
            headerLines += 1
            index += 1
        }
        draft.paragraphs = paragraphs(of: lines[start...])
        return draft
    }

    /// Moves metadata lines (byline, date, source, URL) at the very start of
    /// the body into the draft: a web page's "By Ann Lee" line under the
    /// headline, or a Markdown file's date line under its heading.
    static func takeLeadingMetadata(into draft: inout ArticleDraft) {
        var seen = 0
        while seen < metadataLineLimit, let first = draft.paragraphs.first?.first {
            guard first.utf8.count <= headlineLengthLimit, readMetadata(first.trimmingSpaces(), into: &draft) else { return }
            draft.paragraphs[0].removeFirst()
            if draft.paragraphs[0].isEmpty { draft.paragraphs.removeFirst() }
            seen += 1
        }
    }

    /// Groups lines into paragraphs at blank lines; each item of a bulleted
    /// list (`- `, `• `, `* `) is a paragraph of its own.
    static func paragraphs<S: Sequence>(of lines: S) -> [[Substring]] where S.Element == Substring {
        var result = [[Substring]]()
        var current = [Substring]()
        for line in lines {
            if isBlank(line) {
                if !current.isEmpty { result.append(current); current = [] }
            } else {
                if !current.isEmpty && isListItem(line) { result.append(current); current = [] }
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The lines of `text`, split at `\n` (the text is already cleaned, so
    /// there are no other line ends).
    static func splitLines(_ text: String) -> [Substring] {
        var text = text
        // Where each line ends, found with memchr.
        let ends = text.withUTF8 { bytes -> [Int] in
            var ends: [Int] = []
            while let end = UTF8Search.offset(of: 0x0A, in: bytes, from: (ends.last ?? -1) + 1) { ends.append(end) }
            return ends
        }
        // The lines as parts of the text, not copies.
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        for end in ends {
            let lineEnd = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(text[start..<lineEnd])
            start = utf8.index(after: lineEnd)
        }
        lines.append(text[start...])
        return lines
    }

    /// Short, not ending in a full stop (an ellipsis is fine), holding a letter.
    static func isHeadline(_ line: String) -> Bool {
        let bytes = line.utf8
        guard bytes.count <= headlineLengthLimit * 2 else { return false }
        guard bytes.count(where: { $0 == 0x20 }) < headlineWordLimit,
              bytes.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 }) else { return false }
        if line.hasSuffix(".") && !line.hasSuffix("...") { return false }
        return line.count <= headlineLengthLimit
    }

    /// Reads `line` as a byline, date, source, author or URL line.
    static func readMetadata(_ line: String, into draft: inout ArticleDraft) -> Bool {
        if let author = byline(line) {
            if draft.author == nil { draft.author = author }
            return true
        }
        if let (key, value) = labelled(line) {
            switch key {
            case "source", "publisher", "publication":
                if value.hasPrefix("http://") || value.hasPrefix("https://") {
                    if draft.url == nil { draft.url = value }
                } else if draft.source == nil {
                    draft.source = value
                }
                return true
            case "author", "authors", "byline", "by", "written by", "reporter":
                if draft.author == nil { draft.author = value }
                return true
            case "url", "link", "source url", "original url", "permalink":
                if draft.url == nil { draft.url = value }
                return true
            case "date", "published", "posted", "updated", "published on", "last updated", "dateline":
                if let date = NewsDate(parsing: value) {
                    if draft.date == nil { draft.date = date }
                    return true
                }
                return false
            default:
                return false
            }
        }
        if (line.hasPrefix("http://") || line.hasPrefix("https://")) && !line.utf8.contains(0x20) {
            if draft.url == nil { draft.url = line }
            return true
        }
        if let date = NewsDate(parsing: line, strict: true) {
            if draft.date == nil { draft.date = date }
            return true
        }
        return false
    }

    /// `By Jane Doe` or `BY JANE DOE | Reuters`: a capitalised name, few words,
    /// no sentence punctuation.
    static func byline(_ line: String) -> String? {
        var rest: Substring
        if line.hasPrefix("By ") || line.hasPrefix("BY ") || line.hasPrefix("by ") {
            rest = line.dropFirst(3)
        } else if line.utf8.count > 11, line.utf8.prefix(11).map({ $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }).elementsEqual("written by ".utf8) {
            rest = line.dropFirst(11)
        } else {
            return nil
        }
        rest = rest.drop(while: { $0 == " " })
        guard let first = rest.first, first.isUppercase else { return nil }
        let words = rest.split(separator: " ")
        guard words.count <= 10, !rest.hasSuffix("."), !rest.contains(where: { "!?\"“”".contains($0) }) else { return nil }
        if let bar = rest.firstIndex(of: "|") { rest = rest[..<bar] }
        let name = String(rest).trimmingSpaces()
        return name.isEmpty ? nil : name
    }

    /// `Key: value` with a short key.
    static func labelled(_ line: String) -> (String, String)? {
        guard let colon = line.utf8.prefix(24).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = line[..<colon].lowercased().trimmingSpaces()
        guard !key.isEmpty, key.count <= 16, key.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        let value = String(line[line.index(after: colon)...]).trimmingSpaces()
        guard !value.isEmpty, value.count <= 300 else { return nil }
        return (key, value)
    }

    private static func hasMoreText(_ lines: [Substring], after index: Int) -> Bool {
        lines[(index + 1)...].contains { !isBlank($0) }
    }

    static func isListItem(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let marker = trimmed.first, "-•*–·".contains(marker) else { return false }
        return trimmed.dropFirst().first == " "
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let string = String(self)
        let bytes = string.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return string }
        return String(string[first...last])
    }
}
