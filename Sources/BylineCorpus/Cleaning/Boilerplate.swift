/// Recognises the furniture that scraped pages leave in article text:
/// advertisement markers, newsletter and subscription boxes, share and view
/// counters, "Read more" and "Related:" lists, cookie notices, copyright and
/// image-credit lines.
///
/// Rules look at one line at a time and only at short lines (real news
/// paragraphs are long), so they cannot eat a paragraph of reporting.
public enum Boilerplate {
    /// Lines longer than this are always treated as content.
    static let longestBoilerplateLine = 320

    /// Removes boilerplate lines from paragraphs given as lines, and drops
    /// paragraphs left empty. A list header ("Related:", "Most read") drops
    /// the headline-like lines that follow it.
    public static func removing(from paragraphs: [[Substring]]) -> [[Substring]] {
        var result = [[Substring]]()
        result.reserveCapacity(paragraphs.count)
        var inList = false
        for paragraph in paragraphs {
            var kept = [Substring]()
            for line in paragraph {
                guard line.utf8.count <= longestBoilerplateLine else {
                    inList = false
                    kept.append(line)
                    continue
                }
                let words = Words(line)
                if words.isEmpty { continue }  // only punctuation: a separator
                if inList {
                    if words.looksLikeListItem { continue }
                    inList = false
                }
                if words.isListHeader { inList = true; continue }
                if words.isBoilerplate { continue }
                kept.append(line)
            }
            if !kept.isEmpty { result.append(kept) }
        }
        return result
    }

    /// True when `line` on its own is page furniture rather than reporting.
    public static func isBoilerplate(_ line: String) -> Bool {
        isBoilerplate(line[...])
    }

    /// ``isBoilerplate(_:)-(String)`` of a line of a text.
    public static func isBoilerplate(_ line: Substring) -> Bool {
        guard line.utf8.count <= longestBoilerplateLine else { return false }
        let words = Words(line)
        return words.isEmpty || words.isBoilerplate || words.isListHeader
    }
}

/// The rules, applied to one short line.
private struct Words {
    let line: Substring
    let words: LineWords

    init(_ line: Substring) {
        self.line = line
        words = LineWords(line)
    }

    var isEmpty: Bool { words.isEmpty }

    var isBoilerplate: Bool {
        isAdvertisement || isCounter || isSocial || isSubscriptionBox || isCookieNotice
            || isReadMore || isCopyright || isImageCredit || isNavigation
    }

    private var joined: String { words.joined }

    private var isAdvertisement: Bool {
        words.count <= 8 && Words.advertisements.contains(joined)
    }

    /// `0 2,056`, `1.2K shares`, `12 comments`, `5 min read`
    private var isCounter: Bool {
        guard words.count <= 8 else { return false }
        let tokens = words.lower.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "|") })
        guard !tokens.isEmpty else { return false }
        var numbers = 0
        for token in tokens {
            let digitsAndSeparators = { (b: UInt8) in (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") }
            let hasDigit = token.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            if hasDigit && token.allSatisfy(digitsAndSeparators) {
                numbers += 1
            } else if hasDigit && token.dropLast().allSatisfy(digitsAndSeparators) && (token.last == UInt8(ascii: "k") || token.last == UInt8(ascii: "m")) {
                numbers += 1
            } else if !Words.counterNouns.contains(String(decoding: token.filter { $0 >= 0x61 && $0 <= 0x7A }, as: UTF8.self)) {
                return false
            }
        }
        // One bare number ("8,200", a match attendance) is content; two
        // ("0 2,056") or a number with a counter noun ("12 comments") is not.
        return numbers >= 2 || (numbers == 1 && tokens.count > 1)
    }

    private var isSocial: Bool {
        words.count <= 12 && words.allWords(in: Words.socialWords, oneIn: Words.socialStrong)
    }

    private var isSubscriptionBox: Bool {
        guard words.count <= 30, words.contains(anyOf: Words.subscriptionMarkers) else { return false }
        if words.contains(anyOf: Words.subscriptionPhrases) { return true }
        return words.wordsBegin(withAnyOf: Words.callsToAction)
    }

    private var isCookieNotice: Bool {
        words.contains(anyOf: Words.cookie) && words.contains(anyOf: Words.cookieContext)
    }

    /// `Read more: …`, `Watch: …`, `Click here to …`: a lead-in phrase
    /// followed by a colon or by a headline without a final full stop.
    private var isReadMore: Bool {
        var endsAsSentence: Bool {
            line.utf8.last(where: { $0 != 0x20 }).map { ".!\"".utf8.contains($0) } ?? false || line.hasSuffix("”")
        }
        for prefix in Words.readMorePrefixes.list where words.wordsBegin(with: prefix) {
            if words.joinedBytes == prefix || words.startsWith(prefix + [UInt8(ascii: ":")]) || !endsAsSentence { return true }
        }
        return words.count <= 25 && words.wordsBegin(withAnyOf: Words.clickHere)
    }

    private var isCopyright: Bool {
        guard words.count <= 30 else { return false }
        return words.startsWith(anyOf: Words.copyrightPrefixes) || words.wordsEnd(with: Words.allRightsReserved)
    }

    private var isImageCredit: Bool {
        words.count <= 30 && words.startsWith(anyOf: Words.creditPrefixes)
    }

    private var isNavigation: Bool {
        words.count <= 4 && Words.navigation.contains(joined)
    }

    /// `Related:`, `Related stories`, `Most read`, `Read more:` with nothing after it.
    var isListHeader: Bool {
        if words.count <= 6 && Words.listHeaders.contains(joined) { return true }
        // `Related: Some headline` and `RELATED: …` on one line.
        guard let colon = words.lower.firstIndex(of: UInt8(ascii: ":")), colon < 40 else { return false }
        let head = LineWords(String(decoding: words.lower[..<colon], as: UTF8.self)).joined
        return Words.listHeaders.contains(head)
    }

    /// A bullet or a short headline without a final full stop.
    var looksLikeListItem: Bool {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if let first = trimmed.first, "-•*–—·▪►".contains(first) { return true }
        guard words.count <= 16, let last = trimmed.last(where: { $0 != " " }) else { return false }
        return !".!\"”’'".contains(last)
    }

    static let advertisements: Set<String> = [
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "promoted", "promoted content", "story continues below advertisement",
        "article continues below advertisement", "article continues below", "continue reading below",
        "continue reading", "scroll to continue with content", "advertisement scroll to continue with content",
        "ad feedback", "partner content",
    ]
    static let counterNouns: Set<String> = [
        "", "view", "views", "share", "shares", "comment", "comments", "like", "likes", "reads", "read",
        "min", "mins", "minute", "minutes", "reactions", "reaction", "tweets", "retweets", "k", "m",
    ]
    static let socialWords: Set<String> = [
        "share", "shares", "this", "article", "story", "page", "on", "via", "facebook", "twitter", "x",
        "linkedin", "whatsapp", "email", "e", "mail", "print", "pinterest", "reddit", "telegram", "copy",
        "link", "copied", "tweet", "messenger", "save", "follow", "us", "and", "or", "instagram", "youtube",
        "tiktok", "threads", "bluesky", "sms", "flipboard", "comments", "comment", "like", "google", "news",
        "to", "the", "gift", "listen", "font", "size",
    ]
    static let socialStrong: Set<String> = [
        "share", "facebook", "twitter", "linkedin", "whatsapp", "email", "print", "pinterest", "reddit",
        "telegram", "tweet", "messenger", "instagram", "youtube", "tiktok", "bluesky", "flipboard", "copy",
        "comments", "comment",
    ]
    static let subscriptionMarkers = LineWords.Phrases([
        "newsletter", "subscribe", "sign up", "signup", "sign-up", "inbox", "real time updates",
        "real-time updates", "register for free", "free trial", "unlimited access", "already a subscriber",
        "log in", "login", "create an account", "support our journalism", "become a member", "donate",
    ])
    /// Phrases that only page furniture uses; other mentions of newsletters
    /// or signing up need a call to action at the start of the line.
    static let subscriptionPhrases = LineWords.Phrases([
        "our newsletter", "your inbox", "subscribe now", "subscribe today", "sign up here", "sign up now",
        "already a subscriber", "get real time updates", "get real-time updates", "support our journalism",
        "subscribe to our", "enter your email", "sign up for our", "newsletter sign up", "newsletter signup",
    ])
    static let callsToAction = LineWords.Prefixes([
        "subscribe", "sign up", "signup", "get", "join", "enter", "don't", "never", "stay", "receive", "want",
        "register", "log", "login", "click", "tap", "support", "donate", "become", "try",
    ])
    static let cookie = LineWords.Phrases(["cookie"])
    /// What a cookie notice says besides "cookie", unlike a story about biscuits.
    static let cookieContext = LineWords.Phrases([
        "we use cookie", "uses cookies", "use of cookies", "cookie policy", "cookie settings", "cookie preferences",
        "accept cookies", "accept all", "manage cookies", "reject all", "by continuing to", "consent",
        "privacy policy", "this site uses", "this website uses",
    ])
    static let readMorePrefixes = LineWords.Prefixes([
        "read more", "read also", "also read", "see also", "read next", "read the full", "more from",
        "more on this", "recommended", "watch", "listen", "related", "trending now",
    ])
    static let clickHere = LineWords.Prefixes(["click here", "tap here"])
    static let copyrightPrefixes = LineWords.Prefixes(["©", "(c) ", "copyright "])
    static let allRightsReserved = Array("all rights reserved".utf8)
    static let listHeaders: Set<String> = [
        "related", "related articles", "related stories", "related news", "related content", "related topics",
        "related coverage", "related posts", "related links", "read more", "read also", "also read", "see also",
        "more on this story", "more stories", "more news", "you may also like", "you might also like",
        "recommended", "recommended for you", "recommended stories", "most read", "most popular", "most viewed",
        "trending", "trending now", "top stories", "latest news", "latest stories", "editor's picks",
        "don't miss", "more from this section", "around the web", "popular now", "what to read next",
    ]
    static let creditPrefixes = LineWords.Prefixes([
        "image copyright", "image caption", "media caption", "image source", "photo credit", "picture credit",
        "photograph:", "getty images", "file photo",
    ])
    static let navigation: Set<String> = [
        "skip to content", "skip to main content", "menu", "close", "search", "home", "back to top",
        "main menu", "open menu", "close menu", "toggle navigation", "loading", "loading comments",
        "leave a comment", "leave a reply", "post a comment", "view comments", "show comments",
        "join the conversation", "comments", "share", "print", "email", "tags", "topics",
    ]
}
