import Foundation

/// Turns an ``ArticleDraft`` into an ``Article``: removes boilerplate, joins
/// and cleans paragraph lines, derives a title when the source has none, and
/// lays out `text` with its spans.
enum ArticleAssembler {
    /// Longest title derived from the first sentence, in characters.
    static let derivedTitleLimit = 100

    enum Failure: Error, Equatable {
        case noText
    }

    static func assemble(_ draft: ArticleDraft, path: String, record: Int? = nil) -> Result<Article, Failure> {
        var paragraphs = Boilerplate.removing(from: draft.paragraphs)
            .map { lines in TextCleaner.inline(lines.count == 1 ? lines[0] : lines.map { $0.trimmingSpaces() }.joined(separator: " ")[...]) }
            .filter { !$0.isEmpty }
        var title = draft.title.map { TextCleaner.inline($0) } ?? ""
        if title.isEmpty {
            guard let first = paragraphs.first else { return .failure(.noText) }
            title = derivedTitle(from: String(first))
        } else if let first = paragraphs.first, first == title {
            paragraphs.removeFirst()  // an <h1> or heading repeating the title
        }
        guard !paragraphs.isEmpty else { return .failure(.noText) }

        // Exactly the room the text needs: appending without it can leave
        // up to twice the text's size allocated, for every article held.
        var text = ""
        text.reserveCapacity(paragraphs.reduce(title.utf8.count) { $0 + 2 + $1.utf8.count })
        text += title
        let titleLength = scalarCount(title)
        var offset = titleLength
        var spans = [TextSpan]()
        spans.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            text += "\n\n"
            offset += 2
            let length = scalarCount(paragraph)
            spans.append(TextSpan(start: offset, end: offset + length))
            text += paragraph
            offset += length
        }
        return .success(Article(
            path: path, record: record,
            source: nonEmpty(draft.source.map { TextCleaner.inline($0, collapsingSpaces: true) }),
            author: nonEmpty(draft.author.map { TextCleaner.inline($0, collapsingSpaces: true) }),
            date: draft.date,
            url: nonEmpty(draft.url.map { TextCleaner.inline($0, collapsingSpaces: true) }),
            text: text,
            titleSpan: TextSpan(start: 0, end: titleLength),
            paragraphSpans: spans
        ))
    }

    /// The first sentence of `paragraph`, cut at a word boundary when long.
    /// A full stop after an abbreviation ("Mr.", "Sept.") or an initial
    /// ("J. Smith", "U.S.") does not end the sentence.
    static func derivedTitle(from paragraph: String) -> String {
        var sentence = Substring(paragraph)
        var wordStart = paragraph.startIndex
        for index in paragraph.indices {
            let c = paragraph[index]
            if c == " " { wordStart = paragraph.index(after: index); continue }
            guard ".!?".contains(c) else { continue }
            let next = paragraph.index(after: index)
            guard next == paragraph.endIndex || paragraph[next] == " " else { continue }
            if c == "." {
                let word = paragraph[wordStart..<index].lowercased().trimmingCharacters(in: .punctuationCharacters)
                let isInitial = word.count == 1 || (word.count >= 3 && word.dropFirst().first == ".")
                if isInitial || Tokenizer.abbreviations.contains(word) { continue }
                sentence = paragraph[..<index]
            } else {
                sentence = paragraph[...index]
            }
            break
        }
        if sentence.count <= derivedTitleLimit { return String(sentence) }
        let cut = sentence.prefix(derivedTitleLimit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingTrailing(",;:") + "…"
    }

    /// Unicode scalars in `text`: every byte that is not a UTF-8
    /// continuation byte starts one. Counted eight bytes at a time.
    static func scalarCount(_ text: String) -> Int {
        scalarCount(text[...])
    }

    /// ``scalarCount(_:)-(String)`` of part of a string.
    static func scalarCount(_ text: Substring) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            let high: UInt64 = 0x8080_8080_8080_8080
            var continuations = 0
            var i = 0
            while i + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                i += 8
                // Most words are all ASCII (the bit count is no instruction of
                // the baseline x86-64 the build targets, so it is skipped then).
                guard word & high != 0 else { continue }
                // 10xxxxxx: bit 7 set and bit 6, shifted up into bit 7, clear.
                continuations &+= (word & ~(word << 1) & high).nonzeroBitCount
            }
            while i < raw.count {
                if raw[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return raw.count - continuations
        }
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
