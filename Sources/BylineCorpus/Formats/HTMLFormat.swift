import Foundation

/// Web pages (`.html`, `.htm`): title from `og:title`, `<title>` or `<h1>`;
/// date from `article:published_time`, `<time datetime>` or JSON-LD; body
/// from the paragraphs of `<article>` (else `<main>`, else `<body>`), with
/// navigation, headers, footers, forms, asides, scripts, styles, comments and
/// share/newsletter/related blocks dropped and character references decoded.
enum HTMLFormat {
    static func parse(_ html: String) -> ArticleDraft {
        let tokens = HTMLTokenizer.tokens(html)
        var draft = ArticleDraft()
        let meta = Metadata(tokens)
        let root = contentRange(tokens)
        draft.paragraphs = ArticleDraft.paragraphs(of: paragraphs(tokens[root]))

        let h1 = firstText(of: "h1", in: tokens[root]) ?? firstText(of: "h1", in: tokens[...])
        draft.title = meta.first(["og:title", "twitter:title"]) ?? meta.ldJSON["headline"]
            ?? meta.pageTitle.map { cleanPageTitle($0, h1: h1, site: meta.first(["og:site_name"])) } ?? h1
        draft.date = (meta.first(["article:published_time", "datepublished", "og:published_time", "pubdate",
                                  "publishdate", "date", "dc.date", "dc.date.issued", "parsely-pub-date",
                                  "sailthru.date"]) ?? firstTimeAttribute(tokens[root]) ?? firstTimeAttribute(tokens[...])
                      ?? meta.ldJSON["datePublished"]).flatMap { NewsDate(parsing: $0) }
        draft.author = meta.first(["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"],
                                  rejectingURLs: true).map(stripByPrefix) ?? meta.ldJSON["author"]
        draft.source = meta.first(["og:site_name", "application-name", "publisher"]) ?? meta.ldJSON["publisher"]
        draft.url = meta.canonical ?? meta.first(["og:url"])
        if let title = draft.title, draft.paragraphs.first == [TextCleaner.inline(title, collapsingSpaces: true)[...]] {
            draft.paragraphs.removeFirst()  // the <h1> repeating the title
        }
        PlainTextFormat.takeLeadingMetadata(into: &draft)
        return draft
    }

    /// Paragraphs of an HTML fragment, such as a JSON feed's `content` field.
    static func paragraphs(ofFragment html: String) -> [[String]] {
        paragraphs(HTMLTokenizer.tokens(html)[...])
    }

    // MARK: Body

    static let skippedElements: Set<String> = [
        "nav", "header", "footer", "form", "aside", "script", "style", "noscript", "template", "svg",
        "iframe", "button", "select", "figure", "menu", "dialog", "object", "canvas", "video", "audio",
        "head", "title", "textarea", "math",
    ]
    static let voidElements: Set<String> = [
        "br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed",
        "param", "track", "keygen",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section",
        "article", "main", "body", "table", "tr", "dl", "dt", "dd", "address", "hr", "figcaption", "center",
        "details", "summary", "fieldset",
    ]
    /// Words in a `class` or `id` that mark a block as page furniture.
    static let furnitureWords: Set<String> = [
        "related", "share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "advert",
        "advertisement", "ad", "ads", "adslot", "promo", "cookie", "cookies", "comments", "comment", "breadcrumb",
        "breadcrumbs", "sidebar", "recommended", "outbrain", "taboola", "paywall", "popup", "modal", "banner",
        "most-read", "trending", "footer", "nav", "navigation", "menu", "caption",
    ]

    /// The token range holding the article: the `<article>` with the most
    /// text, else `<main>`, else `<body>`, else everything.
    static func contentRange(_ tokens: [HTMLTokenizer.Token]) -> Range<Int> {
        for name in ["article", "main", "body"] {
            var best: (range: Range<Int>, length: Int)?
            var index = 0
            while index < tokens.count {
                if case .start(let n, _, _) = tokens[index], n == name {
                    let end = matchingEnd(tokens, from: index, name: name)
                    let length = tokens[index..<end].reduce(0) { total, token in
                        if case .text(let t) = token { return total + t.utf8.count }
                        return total
                    }
                    if length > (best?.length ?? 0) { best = (index..<end, length) }
                    index = end
                } else {
                    index += 1
                }
            }
            if let best, best.length > 0 { return best.range }
        }
        return 0..<tokens.count
    }

    /// Index of the end tag matching the start tag at `start` (or the end).
    static func matchingEnd(_ tokens: [HTMLTokenizer.Token], from start: Int, name: String) -> Int {
        var depth = 0
        for index in start..<tokens.count {
            switch tokens[index] {
            case .start(let n, _, let selfClosing) where n == name && !selfClosing: depth += 1
            case .end(let n) where n == name:
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
        }
        return tokens.count
    }

    static func paragraphs(_ tokens: ArraySlice<HTMLTokenizer.Token>) -> [[String]] {
        var paragraphs = [[String]]()
        var lines = [String]()
        var line = ""
        var skipping: (name: String, depth: Int)?
        var lastWasBreak = false

        func endLine() {
            let text = TextCleaner.inline(HTMLEntities.decode(line), collapsingSpaces: true)
            if !text.isEmpty { lines.append(text) }
            line = ""
        }
        func endParagraph() {
            endLine()
            if !lines.isEmpty { paragraphs.append(lines); lines = [] }
        }

        for token in tokens {
            if let skip = skipping {
                switch token {
                case .start(let n, _, let selfClosing) where n == skip.name && !selfClosing && !voidElements.contains(n):
                    skipping = (skip.name, skip.depth + 1)
                case .end(let n) where n == skip.name:
                    skipping = skip.depth <= 1 ? nil : (skip.name, skip.depth - 1)
                default: break
                }
                continue
            }
            switch token {
            case .text(let text):
                line += text
                if text.contains(where: { !$0.isWhitespace }) { lastWasBreak = false }
            case .start(let name, let attributes, let selfClosing):
                if skippedElements.contains(name) || isFurniture(attributes) {
                    if !selfClosing && !voidElements.contains(name) { skipping = (name, 1) }
                    endParagraph()
                    continue
                }
                if name == "br" {
                    if lastWasBreak { endParagraph() } else { endLine() }
                    lastWasBreak = true
                } else if blockElements.contains(name) {
                    endParagraph()
                    lastWasBreak = false
                } else if name == "td" || name == "th" {
                    line += " "
                }
            case .end(let name):
                if blockElements.contains(name) { endParagraph(); lastWasBreak = false }
            }
        }
        endParagraph()
        return paragraphs
    }

    static func isFurniture(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        if let role = attributes["role"], ["navigation", "banner", "contentinfo", "complementary", "dialog"].contains(role) { return true }
        for key in ["class", "id"] {
            guard let value = attributes[key]?.lowercased() else { continue }
            for word in value.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where furnitureWords.contains(String(word)) {
                return true
            }
            if UTF8Search.contains(value, "most-read") { return true }
        }
        return false
    }

    // MARK: Metadata

    struct Metadata {
        var values: [String: String] = [:]
        var pageTitle: String?
        var canonical: String?
        var ldJSON: [String: String] = [:]

        init(_ tokens: [HTMLTokenizer.Token]) {
            var index = 0
            while index < tokens.count {
                if case .start(let name, let attributes, _) = tokens[index] {
                    switch name {
                    case "meta":
                        if let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                           let content = attributes["content"], !content.isEmpty, values[key] == nil {
                            values[key] = content
                        }
                    case "link":
                        if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                            canonical = canonical ?? attributes["href"]
                        }
                    case "title" where pageTitle == nil:
                        if index + 1 < tokens.count, case .text(let text) = tokens[index + 1] {
                            pageTitle = HTMLEntities.decode(text)
                        }
                    case "script" where attributes["type"]?.lowercased() == "application/ld+json":
                        if index + 1 < tokens.count, case .text(let text) = tokens[index + 1], ldJSON.isEmpty {
                            ldJSON = Metadata.readLinkedData(text)
                        }
                    default: break
                    }
                }
                index += 1
            }
        }

        func first(_ keys: [String], rejectingURLs: Bool = false) -> String? {
            for key in keys {
                // Attribute values were decoded by the tokenizer: decoding again would turn `&amp;nbsp;` into a space.
                if let value = values[key], !value.trimmingSpaces().isEmpty {
                    if rejectingURLs && (value.hasPrefix("http://") || value.hasPrefix("https://")) { continue }
                    return value
                }
            }
            return nil
        }

        /// headline, datePublished, author and publisher names from a JSON-LD
        /// `NewsArticle` (or the first object that has a headline).
        static func readLinkedData(_ text: String) -> [String: String] {
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [:] }
            var candidates: [[String: Any]] = []
            func collect(_ value: Any) {
                if let dict = value as? [String: Any] {
                    candidates.append(dict)
                    if let graph = dict["@graph"] { collect(graph) }
                } else if let array = value as? [Any] {
                    array.forEach(collect)
                }
            }
            collect(object)
            guard let article = candidates.first(where: { $0["headline"] != nil }) else { return [:] }
            var result = [String: String]()
            func name(_ value: Any?) -> String? {
                if let s = value as? String { return s }
                if let d = value as? [String: Any] { return d["name"] as? String }
                if let a = value as? [Any] {
                    let names = a.compactMap { name($0) }
                    return names.isEmpty ? nil : names.joined(separator: ", ")
                }
                return nil
            }
            result["headline"] = article["headline"] as? String
            result["datePublished"] = article["datePublished"] as? String
            result["author"] = name(article["author"])
            result["publisher"] = name(article["publisher"])
            return result.filter { !$0.value.isEmpty }
        }
    }

    static func firstText(of element: String, in tokens: ArraySlice<HTMLTokenizer.Token>) -> String? {
        guard let start = tokens.firstIndex(where: { if case .start(element, _, _) = $0 { return true }; return false }) else { return nil }
        var text = ""
        for token in tokens[start...].dropFirst() {
            if case .end(element) = token { break }
            if case .text(let t) = token { text += t }
        }
        let cleaned = TextCleaner.inline(HTMLEntities.decode(text), collapsingSpaces: true)
        return cleaned.isEmpty ? nil : cleaned
    }

    static func firstTimeAttribute(_ tokens: ArraySlice<HTMLTokenizer.Token>) -> String? {
        for token in tokens {
            if case .start("time", let attributes, _) = token, let value = attributes["datetime"], !value.isEmpty {
                return value
            }
        }
        return nil
    }

    /// `Headline | Site` → `Headline` when the site or the `<h1>` says where the headline ends.
    static func cleanPageTitle(_ title: String, h1: String?, site: String?) -> String {
        let cleaned = TextCleaner.inline(title, collapsingSpaces: true)
        if let h1, cleaned.hasPrefix(h1) { return h1 }
        if let site {
            for separator in [" | ", " - ", " – ", " — ", " :: "] where cleaned.hasSuffix(separator + site) {
                return String(cleaned.dropLast(separator.count + site.count))
            }
        }
        return cleaned
    }

    static func stripByPrefix(_ author: String) -> String {
        let trimmed = author.trimmingSpaces()
        if trimmed.lowercased().hasPrefix("by ") { return String(trimmed.dropFirst(3)) }
        return trimmed
    }
}
