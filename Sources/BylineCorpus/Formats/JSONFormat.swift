import Foundation

/// News articles as JSON objects: `.json` (one object, an array of objects,
/// or an object holding such an array, like a news API response) and JSON
/// Lines (one object per line).
///
/// Fields are found under the names feeds commonly use: `title`/`headline`;
/// `text`/`body`/`content`/`article`; `date`/`published`/`publishedAt`;
/// `author`/`byline`; `source`/`publisher`; `url`/`link`. A body that holds
/// HTML is read as HTML.
enum JSONFormat {
    static let titleKeys = ["title", "headline", "name", "heading"]
    static let textKeys = ["text", "body", "content", "article", "articlebody", "article_body", "fulltext",
                           "full_text", "maintext", "story", "description", "summary"]
    static let dateKeys = ["date", "published", "publishedat", "published_at", "pubdate", "publish_date",
                           "date_published", "datepublished", "publication_date", "created_at", "created",
                           "time", "timestamp", "date_publish"]
    static let authorKeys = ["author", "authors", "byline", "creator", "writer"]
    static let sourceKeys = ["source", "publisher", "source_name", "site", "site_name", "outlet", "domain", "feed"]
    static let urlKeys = ["url", "link", "permalink", "canonical_url", "source_url", "href"]
    /// Keys under which a response object may hold its array of articles.
    static let collectionKeys = ["articles", "items", "data", "results", "posts", "entries", "docs",
                                 "documents", "stories", "news", "records"]

    enum Failure: Error, Equatable {
        /// Where parsing failed (1-based line and column, when known) and why.
        case malformed(line: Int?, column: Int?, detail: String)
        case notAnArticle
    }

    /// Parses one JSON value (a whole `.json` file or one JSON Lines record).
    static func object(from bytes: [UInt8]) -> Result<Any, Failure> {
        do {
            return .success(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
        } catch {
            let position = errorPosition(error, in: bytes)
            return .failure(.malformed(line: position?.line, column: position?.column, detail: errorDetail(error)))
        }
    }

    /// The article records of a parsed `.json` document: nil when it holds
    /// one article, the array otherwise.
    static func records(in value: Any) -> [Any]? {
        if let array = value as? [Any] { return array }
        guard let object = value as? [String: Any] else { return nil }
        if lookup(object, textKeys) != nil { return nil }
        let lowered = Dictionary(object.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        for key in collectionKeys {
            if let array = lowered[key] as? [Any], array.contains(where: { $0 is [String: Any] }) { return array }
        }
        return nil
    }

    /// Reads one record as an article draft.
    static func draft(from value: Any) -> Result<ArticleDraft, Failure> {
        guard let object = value as? [String: Any] else { return .failure(.notAnArticle) }
        var draft = ArticleDraft()
        guard let rawBody = lookup(object, textKeys).flatMap(text) else { return .failure(.notAnArticle) }
        // JSON escapes can hold CRLF, lone CR and control characters: clean
        // the body like a file's text before splitting it into lines.
        let body = TextCleaner.document(rawBody)
        if UTF8Search.contains(body, "</") || UTF8Search.contains(body, "<p") || UTF8Search.contains(body, "<br") {
            draft.paragraphs = ArticleDraft.paragraphs(of: HTMLFormat.paragraphs(ofFragment: body))
        } else if UTF8Search.contains(body, "\n\n") {
            draft.paragraphs = PlainTextFormat.paragraphs(of: PlainTextFormat.splitLines(body))
        } else {
            draft.paragraphs = PlainTextFormat.splitLines(body).filter { !PlainTextFormat.isBlank($0) }.map { [$0] }
        }
        draft.title = lookup(object, titleKeys).flatMap(text).map(HTMLEntities.decode)
        draft.author = lookup(object, authorKeys).flatMap(names)
        draft.source = lookup(object, sourceKeys).flatMap(names)
        draft.url = lookup(object, urlKeys).flatMap(text)
        draft.date = lookup(object, dateKeys).flatMap(date)
        return .success(draft)
    }

    // MARK: Field values

    private static func lookup(_ object: [String: Any], _ keys: [String]) -> Any? {
        for key in keys {
            if let value = object[key], !(value is NSNull) { return value }
        }
        // Feeds vary in case (`publishedAt`, `Title`): fall back to a case-insensitive match.
        for key in keys {
            if let match = object.first(where: { $0.key.lowercased() == key && !($0.value is NSNull) }) { return match.value }
        }
        return nil
    }

    private static func text(_ value: Any) -> String? {
        if let s = value as? String { return s.isEmpty ? nil : s }
        if let array = value as? [Any] {
            let parts = array.compactMap { $0 as? String }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        }
        if let dict = value as? [String: Any] {
            for key in ["text", "value", "content", "rendered", "#text"] {
                if let s = dict[key] as? String { return s }
            }
        }
        return nil
    }

    /// A person or outlet: a string, `{"name": …}`, or a list of either.
    private static func names(_ value: Any) -> String? {
        if let s = value as? String { return s.isEmpty ? nil : s }
        if let dict = value as? [String: Any] {
            return (dict["name"] ?? dict["title"] ?? dict["id"]).flatMap { $0 as? String }
        }
        if let array = value as? [Any] {
            let parts = array.compactMap(names)
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }
        return nil
    }

    private static func date(_ value: Any) -> NewsDate? {
        if let s = value as? String {
            if let seconds = Double(s), s.count >= 9, !s.contains("-") { return NewsDate(unixTime: seconds) }
            return NewsDate(parsing: s)
        }
        if let number = value as? NSNumber, !(value is Bool) { return NewsDate(unixTime: number.doubleValue) }
        if let dict = value as? [String: Any], let inner = dict["$date"] ?? dict["date"] { return date(inner) }
        return nil
    }

    // MARK: Errors

    /// Foundation reports "around character N" (a byte offset): turn that
    /// into a line and column.
    private static func errorPosition(_ error: Error, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let range = description.range(of: "character ") else { return nil }
        let digits = description[range.upperBound...].prefix(while: \.isNumber)
        guard let offset = Int(digits) else { return nil }
        let before = bytes.prefix(offset)
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }

    private static func errorDetail(_ error: Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
        if let around = description.range(of: " around character") {
            return String(description[..<around.lowerBound]).lowercased()
        }
        return description.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
