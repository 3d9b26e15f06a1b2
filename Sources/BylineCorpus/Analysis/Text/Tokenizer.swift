/// Splits text into words, numbers and punctuation, and into sentences.
///
/// Handles what news throws at a tokenizer: abbreviations (`U.S.`, `Mr.`,
/// `Sept.`) that do not end sentences, decimals and thousands separators
/// (`2.5`, `1,000`), apostrophes inside names (`O'Brien`) and possessives
/// split off (`Syria` `'s`), curly and straight quotes, and a headline
/// whose capitals mean nothing. Linear in the length of the text.
enum Tokenizer {
    /// Words whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "rep", "sen", "gov", "pres", "rev", "hon", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        "dept", "univ", "assn", "bros", "fig", "al",
    ]

    /// ``abbreviations`` as their bytes packed into an integer, so that a
    /// short word is looked up without making a string of it.
    private static let abbreviationKeys: Set<UInt64> = Set(abbreviations.compactMap { key(of: $0.unicodeScalars) })

    /// The ASCII scalars of a word of up to 8, lower-cased and packed into
    /// an integer; nil for a longer word or one with other scalars.
    private static func key<S: Sequence>(of word: S) -> UInt64? where S.Element == Unicode.Scalar {
        var key: UInt64 = 0
        var length = 0
        for scalar in word {
            let value = scalar.value
            guard value < 0x80, length < 8 else { return nil }
            key = key << 8 | UInt64(value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
            length += 1
        }
        return key
    }

    /// Whether `word`, lower-cased, is one of ``abbreviations``.
    static func isAbbreviation<Word: Collection<Unicode.Scalar>>(_ word: Word) -> Bool {
        if let key = key(of: word) { return abbreviationKeys.contains(key) }
        // Beyond ASCII, lower-casing can still give an abbreviation (the Kelvin sign gives "k").
        return abbreviations.contains(String(String.UnicodeScalarView(word)).lowercased())
    }

    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { tokens(of: $0) }
    }

    private static func tokens(of s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(s.count / 4 + 8)
        var i = 0
        let n = s.count
        var sentence = 0
        var paragraph = 0
        var sentenceStart = true
        var spaceBefore = true

        func push(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            var capitalized = false, allCaps = false
            if kind == .word {
                capitalized = isUpper(s[start])
                if capitalized {
                    allCaps = true
                    var letters = 0
                    for k in start..<end where isLetter(s[k]) {
                        letters += 1
                        if !isUpper(s[k]) { allCaps = false; break }
                    }
                    if letters < 2 { allCaps = false }
                }
            }
            let opensSentence = sentenceStart && kind != .punctuation
            tokens.append(Token(kind: kind, start: start, end: end, spaceBefore: spaceBefore,
                                ambiguousCapital: opensSentence || paragraph == 0,
                                sentence: sentence, paragraph: paragraph,
                                isCapitalized: capitalized, isAllCaps: allCaps))
            if kind != .punctuation { sentenceStart = false }
            spaceBefore = false
        }

        while i < n {
            let c = s[i]
            if c == "\n" {
                // A blank line ends the paragraph (and the headline).
                if i + 1 < n && s[i + 1] == "\n" {
                    paragraph += 1
                    sentence += 1
                    sentenceStart = true
                }
                spaceBefore = true
                i += 1
                continue
            }
            if c == " " || c == "\t" || (c.value >= 0x80 && c.properties.isWhitespace) {
                spaceBefore = true
                i += 1
                continue
            }
            if isDigit(c) {
                var j = i + 1
                while j < n {
                    if isDigit(s[j]) { j += 1; continue }
                    // 1,000 and 2.5: a separator between digits.
                    if (s[j] == "," || s[j] == ".") && j + 1 < n && isDigit(s[j + 1]) { j += 2; continue }
                    break
                }
                push(.number, i, j)
                i = j
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if isLetter(d) || isDigit(d) || (d.value >= 0x300 && d.properties.generalCategory == .nonspacingMark) { j += 1; continue }
                    // O'Brien, d'Ivoire, don't — but not the possessive 's.
                    if (d == "'" || d == "’") && j + 1 < n && isLetter(s[j + 1]) {
                        let possessive = (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= n || !isLetter(s[j + 2]))
                        if possessive { break }
                        j += 1
                        continue
                    }
                    // U.S., U.N., a.m.: single letters joined by stops.
                    if d == "." && j + 1 < n && isLetter(s[j + 1]) && j + 2 < n && s[j + 2] == "." && j - i == 1 {
                        j += 2
                        continue
                    }
                    break
                }
                // Keep the stop of an initialism (`U.S.`) or abbreviation (`Mr.`) with the word.
                if j < n && s[j] == "." && j - i <= 5 {
                    let isInitialism = j - i >= 3 && s[j - 2] == "."
                    let isInitial = j - i == 1 && s[i].properties.isUppercase
                    if isInitialism || isInitial || isAbbreviation(s[i..<j]) { j += 1 }
                }
                push(.word, i, j)
                i = j
                continue
            }
            // Possessive 's / ’s as a word of its own.
            if (c == "'" || c == "’") && i + 1 < n && (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= n || !isLetter(s[i + 2])) && !spaceBefore {
                push(.word, i, i + 2)
                i += 2
                continue
            }
            push(.punctuation, i, i + 1)
            if c == "." || c == "!" || c == "?" || c == "…" {
                sentence += 1
                sentenceStart = true
            } else if c == ":" || c == ";" {
                // A capital after a colon is ambiguous too, but the sentence goes on.
                sentenceStart = i + 1 < n && (s[i + 1] == " ") && i + 2 < n && (s[i + 2] == "\"" || s[i + 2] == "“")
            }
            i += 1
        }
        return tokens
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }
}
