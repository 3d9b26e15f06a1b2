/// Turns an ``ArticleDraft`` into an ``Article``: removes boilerplate, joins
/// and cleans paragraph lines, derives a title when the source has none, and
/// lays out `text` with its spans.
enum ArticleAssembler {
    /// Longest title derived from the first sentence, in characters.
    static let derivedTitleLimit = 100

    enum Failure: Error, Equatable {
        case noText
    }

    static func assemble(_ draft: ArticleDraft, id: String, path: String) -> Result<Article, Failure> {
        var paragraphs = Boilerplate.removing(from: draft.paragraphs)
            .map { lines in TextCleaner.inline(lines.count == 1 ? lines[0] : lines.map { $0.trimmingSpaces() }.joined(separator: " ")) }
            .filter { !$0.isEmpty }
        var title = draft.title.map { TextCleaner.inline($0) } ?? ""
        if title.isEmpty {
            guard let first = paragraphs.first else { return .failure(.noText) }
            title = derivedTitle(from: first)
        } else if let first = paragraphs.first, first == title {
            paragraphs.removeFirst()  // an <h1> or heading repeating the title
        }
        guard !paragraphs.isEmpty else { return .failure(.noText) }

        var text = title
        let titleLength = title.unicodeScalars.count
        var offset = titleLength
        var spans = [TextSpan]()
        spans.reserveCapacity(paragraphs.count)
        var words = 0
        for paragraph in paragraphs {
            text += "\n\n"
            offset += 2
            let length = paragraph.unicodeScalars.count
            spans.append(TextSpan(start: offset, end: offset + length))
            text += paragraph
            offset += length
            words += wordCount(paragraph)
        }
        return .success(Article(
            id: id, path: path, title: title,
            source: nonEmpty(draft.source.map { TextCleaner.inline($0, collapsingSpaces: true) }),
            author: nonEmpty(draft.author.map { TextCleaner.inline($0, collapsingSpaces: true) }),
            date: draft.date,
            url: nonEmpty(draft.url.map { TextCleaner.inline($0, collapsingSpaces: true) }),
            text: text,
            titleSpan: TextSpan(start: 0, end: titleLength),
            paragraphSpans: spans,
            wordCount: words
        ))
    }

    /// The first sentence of `paragraph`, cut at a word boundary when long.
    static func derivedTitle(from paragraph: String) -> String {
        var sentence = Substring(paragraph)
        var previous: Character = " "
        for index in paragraph.indices {
            let c = paragraph[index]
            if ".!?".contains(c) {
                let next = paragraph.index(after: index)
                let atEnd = next == paragraph.endIndex || paragraph[next] == " "
                // "U.S." and "Mr." are not sentence ends: require a lower-case
                // or digit letter before the stop, and more than one letter.
                if atEnd && (c != "." || (previous.isLowercase || previous.isNumber)) {
                    sentence = paragraph[..<index]
                    if c != "." { sentence = paragraph[...index] }
                    break
                }
            }
            previous = c
        }
        if sentence.count <= derivedTitleLimit { return String(sentence) }
        let cut = sentence.prefix(derivedTitleLimit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingTrailing(",;:") + "…"
    }

    /// Words in a paragraph: runs of non-space characters holding a letter or digit.
    static func wordCount(_ paragraph: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasAlphanumeric = false
        for scalar in paragraph.unicodeScalars {
            if scalar == " " {
                if inWord && wordHasAlphanumeric { count += 1 }
                inWord = false
                wordHasAlphanumeric = false
            } else {
                inWord = true
                if !wordHasAlphanumeric && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                    wordHasAlphanumeric = true
                }
            }
        }
        if inWord && wordHasAlphanumeric { count += 1 }
        return count
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}

extension Substring {
    func trimmingTrailing(_ characters: String) -> String {
        var s = self
        while let last = s.last, characters.contains(last) || last == " " { s = s.dropLast() }
        return String(s)
    }
}
