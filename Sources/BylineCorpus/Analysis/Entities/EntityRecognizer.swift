/// Finds the people, organisations, places and groups of an article.
///
/// Ordered rules over capitalised runs of words (see ``NameCandidateFinder``):
/// titles are split off and mark people; words in an ambiguous position
/// (sentence start, headline) are dropped when the corpus mostly writes
/// them lower-case; gazetteers, organisation and place heads, given names
/// and acronyms choose a type; then one sense per document: a surname alone
/// takes the full name's type and canonical name, an acronym in brackets
/// takes the name before it, and the headline is read for names the body uses.
struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer
    let evidence: CapitalisationEvidence

    /// A piece of a candidate with its type decided or pending.
    struct Piece {
        var first: Int
        var last: Int
        var text: String
        var kind: EntityMention.Kind?
        var canonical: String
        var afterTitle: Bool
    }

    func entities(in text: TokenizedText) -> [EntityMention] {
        let tokens = text.tokens
        var pieces = [Piece]()
        var split = [Piece]()
        for candidate in NameCandidateFinder.candidates(in: text) where tokens[candidate.first].paragraph > 0 {
            split.removeAll(keepingCapacity: true)
            self.split(candidate, in: text, into: &split)
            for var piece in split where classify(&piece, in: text) { pieces.append(piece) }
        }
        bindAcronyms(&pieces, in: text)
        resolvePartialNames(&pieces, in: text)
        var mentions = pieces.compactMap { piece -> EntityMention? in
            guard let kind = piece.kind else { return nil }
            return EntityMention(text: piece.text, kind: kind, canonical: piece.canonical,
                                 span: TextSpan(start: tokens[piece.first].start, end: tokens[piece.last].end))
        }
        mentions = headlineMentions(in: text, known: mentions) + mentions
        return mentions
    }

    // MARK: Splitting candidates

    /// Splits a candidate at titles and trims words that are not part of a
    /// name; appends the pieces to `result`.
    func split(_ candidate: NameCandidate, in text: TokenizedText, into result: inout [Piece]) {
        var start = candidate.first
        var afterTitle = precededByTitle(candidate.first, in: text)
        var k = candidate.first
        while k <= candidate.last {
            if let titleEnd = titleEnding(at: k, limit: candidate.last, in: text) {
                if k > start { trimmed(start, k - 1, afterTitle: afterTitle, in: text, into: &result) }
                afterTitle = true
                start = titleEnd + 1
                k = titleEnd + 1
                continue
            }
            k += 1
        }
        if start <= candidate.last {
            trimmed(start, candidate.last, afterTitle: afterTitle && start <= candidate.last, in: text, into: &result)
        }
    }

    /// The last token of a title that starts at `index` (`President`, `Prime
    /// Minister`, `Defence Secretary`), when one does and a name follows it.
    func titleEnding(at index: Int, limit: Int, in text: TokenizedText) -> Int? {
        let tokens = text.tokens
        var best: Int?
        var words = ""
        var k = index
        while k <= limit && k - index < gazetteer.longestTitleWords {
            let token = tokens[k]
            guard token.kind == .word else { break }
            let word = titleWord(token, in: text)
            if words.isEmpty && !gazetteer.mayStartTitle(word) { return nil }
            words = words.isEmpty ? word : words + " " + word
            if gazetteer.isTitle(words) && k < limit { best = k }
            k += 1
        }
        return best
    }

    /// Whether the lower-case words right before `index` are a title ("chief
    /// executive Paul Batchelor", "spokesman Igor Konashenkov").
    func precededByTitle(_ index: Int, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        var words = [String]()
        var k = index - 1
        while k >= 0 && index - k <= gazetteer.longestTitleWords && tokens[k].kind == .word
                && tokens[k].sentence == tokens[index].sentence {
            let word = titleWord(tokens[k], in: text)
            if words.isEmpty && !gazetteer.mayEndTitle(word) { return false }
            words.insert(word, at: 0)
            if gazetteer.isTitle(words.joined(separator: " ")) { return true }
            k -= 1
        }
        return false
    }

    /// A word as the title gazetteer holds it: lower-case, without a final stop ("Gen." → "gen").
    func titleWord(_ token: Token, in text: TokenizedText) -> String {
        var word = text.lowercasedText(token)
        if word.utf8.last == 0x2E { word.removeLast() }
        return word
    }

    /// Drops ambiguous common words and connectors from the ends of a run;
    /// what is left, if anything, is one piece (or two, see below), appended
    /// to `result`.
    func trimmed(_ first: Int, _ last: Int, afterTitle: Bool, in text: TokenizedText, into result: inout [Piece]) {
        let tokens = text.tokens
        var a = first, b = last
        while a <= b {
            let token = tokens[a]
            if token.kind == .word && token.isCapitalized && knownNameStarts(at: a, through: b, in: text) { break }
            if token.kind != .word || !token.isCapitalized || isDroppable(token, in: text, at: a) { a += 1; continue }
            break
        }
        while b >= a, tokens[b].kind != .word || !tokens[b].isCapitalized || isPostNominal(tokens[b], in: text) { b -= 1 }
        guard a <= b else { return }
        // "American Kelli White", "Russian Korzhanenko": a nationality word
        // before a name is a group of its own, and marks a person.
        if a < b, tokens[a + 1].kind == .word, tokens[a + 1].isCapitalized {
            let first = text.text(tokens[a])
            let whole = text.text(tokens: a, through: b)
            if gazetteer.group(first) != nil, gazetteer.givenNameGender(first) == nil,
               gazetteer.organisation(whole) == nil, gazetteer.place(whole) == nil,
               !(a + 1...b).contains(where: { gazetteer.isOrganisationHead(text.lowercasedText(tokens[$0])) }) {
                result.append(Piece(first: a, last: a, text: first, kind: nil, canonical: "", afterTitle: false))
                result.append(Piece(first: a + 1, last: b, text: text.text(tokens: a + 1, through: b), kind: nil, canonical: "",
                                    afterTitle: true))
                return
            }
        }
        // "Prime Minister" alone names no one.
        if gazetteer.isTitle(text.lowercasedText(tokens[a].start, tokens[b].end)) { return }
        result.append(Piece(first: a, last: b, text: text.text(tokens: a, through: b), kind: nil, canonical: "", afterTitle: afterTitle))
    }

    /// Whether a gazetteer name of two or more words starts at token `index`
    /// ("New Zealand", "New York Times"): its first word is then no common word.
    func knownNameStarts(at index: Int, through last: Int, in text: TokenizedText) -> Bool {
        guard index < last, gazetteer.mayStartLongName(text.text(text.tokens[index])) else { return false }
        var end = index + 1
        while end <= last && end - index < 5 {
            let surface = text.text(tokens: index, through: end)
            if gazetteer.place(surface) != nil || gazetteer.organisation(surface) != nil { return true }
            end += 1
        }
        return false
    }

    /// A lone capital, with or without a stop: "S", "J.".
    func isInitial(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, Tokenizer.isUpper(first) else { return false }
        return scalars.count == 1 || (scalars.count == 2 && scalars.last == ".")
    }

    /// Letters after a name that are not part of it: QC, MP, OBE…
    func isPostNominal(_ word: String) -> Bool {
        Self.postNominals.contains(word)
    }

    /// ``isPostNominal(_:)`` of a token, which is never longer than three
    /// scalars (nor is anything canonically equivalent to one).
    func isPostNominal(_ token: Token, in text: TokenizedText) -> Bool {
        token.end - token.start <= 3 && isPostNominal(text.text(token))
    }

    static let postNominals: Set<String> = [
        "QC", "KC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Jr", "Jr.", "Sr", "Sr.",
    ]

    /// A capitalised word that is not a name here: always (months, weekdays,
    /// pronouns), or because it opens a sentence and the corpus writes it
    /// lower-case elsewhere.
    func isDroppable(_ token: Token, in text: TokenizedText, at index: Int) -> Bool {
        let lower = text.lowercasedText(token)
        if Self.startsWithIApostrophe(lower) { return true }  // I'm, I've
        let nonEntity = gazetteer.isNonEntity(lower)
        let ambiguous = token.ambiguousCapital || (index > 0 && isOpeningQuote(text.tokens[index - 1], in: text))
        // A capital mid-sentence on a word that can be a name: kept, whatever the gazetteers say.
        guard nonEntity || ambiguous else { return false }
        let word = text.text(token)
        let known = gazetteer.place(word) != nil || gazetteer.organisation(word) != nil || gazetteer.group(word) != nil
        if nonEntity && !(known && token.isAllCaps) { return true }
        guard ambiguous else { return false }
        if known { return false }
        if let common = evidence.isCommonWord(word) { return common }
        // Never seen inside a sentence: a name only if it looks like one.
        return !token.isAllCaps && gazetteer.givenNameGender(word) == nil && isDictionaryLike(lower)
    }

    /// Whether a lower-cased word starts with "i'" or "i’" (I'm, I've).
    static func startsWithIApostrophe(_ lower: String) -> Bool {
        var bytes = lower.utf8.makeIterator()
        guard bytes.next() == 0x69, let next = bytes.next() else { return false }
        return next == 0x27 || (next == 0xE2 && bytes.next() == 0x80 && bytes.next() == 0x99)
    }

    /// Whether a token is one opening quote or bracket (one scalar, compared as such).
    func isOpeningQuote(_ token: Token, in text: TokenizedText) -> Bool {
        guard token.end - token.start == 1 else { return false }
        let c = text.scalars[token.start]
        return c == "\"" || c == "“" || c == "‘" || c == "'" || c == "("
    }

    /// Short function words and the like, which start sentences but never names.
    func isDictionaryLike(_ lower: String) -> Bool {
        lower.count <= 3 || lower.hasSuffix("ly") || lower.hasSuffix("ing") || lower.hasSuffix("ed")
    }

    // MARK: Types

    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
        "upper", "lower", "greater", "inner", "outer",
    ]

    /// Types `piece` where its words, the gazetteers and the evidence can;
    /// false when it names nothing.
    func classify(_ piece: inout Piece, in text: TokenizedText) -> Bool {
        let surface = piece.text
        let words = surface.spaceSeparatedWords
        let lowerWords = words.map { $0.lowercased() }
        piece.canonical = surface
        if let org = gazetteer.organisation(surface) { piece.kind = .organisation; piece.canonical = org; return true }
        if let place = gazetteer.place(surface) { piece.kind = .place; piece.canonical = place; return true }
        if let group = gazetteer.group(surface) { piece.kind = .group; piece.canonical = group.canonical; return true }
        // Datelines and all-caps text: "BAGHDAD" is Baghdad.
        if text.tokens[piece.first].isAllCaps, surface.count > 3 {
            let titled = words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
            if let place = gazetteer.place(titled) { piece.kind = .place; piece.canonical = place; return true }
            if let org = gazetteer.organisation(titled) { piece.kind = .organisation; piece.canonical = org; return true }
            if let group = gazetteer.group(titled) { piece.kind = .group; piece.canonical = group.canonical; return true }
        }
        // "Western Iraq", "southern Sudan": a compass word before a known place.
        if words.count >= 2, EntityRecognizer.compassWords.contains(lowerWords[0]),
           let place = gazetteer.place(words.dropFirst().joined(separator: " ")) {
            piece.kind = .place
            piece.canonical = place
            return true
        }
        if words.count == 1 && gazetteer.isNonEntity(lowerWords[0]) { return false }
        if piece.afterTitle && !words.contains(where: { gazetteer.isOrganisationHead($0.lowercased()) }) {
            piece.kind = .person
            return true
        }
        if let last = lowerWords.last {
            if gazetteer.isOrganisationHead(last) || lowerWords.dropLast().contains(where: { gazetteer.isOrganisationHead($0) }) && lowerWords.contains("of") {
                piece.kind = .organisation
                return true
            }
            if gazetteer.isWeakOrganisationHead(last), words.count > 1,
               gazetteer.place(words.dropLast().joined(separator: " ")) != nil {
                piece.kind = .organisation
                return true
            }
            if gazetteer.isPlaceHead(last) && words.count > 1 { piece.kind = .place; return true }
        }
        if words.count >= 2, words.count <= 4, gazetteer.givenNameGender(words[0]) != nil {
            piece.kind = .person
            return true
        }
        // "S Bruno", "J. K. Rowling": initials before a surname.
        if words.count >= 2, words.dropLast().allSatisfy({ isInitial($0) }), !isInitial(words.last!) {
            piece.kind = .person
            return true
        }
        if words.count == 1, text.tokens[piece.first].isAllCaps, (2...6).contains(surface.count) {
            piece.kind = .organisation
            return true
        }
        // A nationality or place before an organisation or person: split it off.
        if words.count >= 2 {
            if gazetteer.group(words[0]) != nil, lowerWords.dropFirst().contains(where: { gazetteer.isOrganisationHead($0) }) {
                piece.kind = .organisation
                return true
            }
        }
        if words.count >= 2 && words.count <= 3 && !text.tokens[piece.first].isAllCaps {
            // Unknown names of people are made of words the corpus never
            // writes lower-case; titles of films, events and products are not.
            if !words.contains(where: { evidence.isCommonWord($0) == true }) {
                piece.kind = .person
                return true
            }
            return false
        }
        return true  // pending: one sense per document may still type it
    }

    // MARK: One sense per document

    /// `Islamic State of Iraq and Syria (ISIS, ISIL or Daesh)`: the names in
    /// brackets are organisations named by the words before the bracket —
    /// the run whose initials spell the acronym, else the piece right
    /// before it. Later uses of the acronym name the same body.
    func bindAcronyms(_ pieces: inout [Piece], in text: TokenizedText) {
        let tokens = text.tokens
        var bound = [String: (kind: EntityMention.Kind?, canonical: String)]()
        var result = [Piece]()
        result.reserveCapacity(pieces.count)
        var bracketOwner: (close: Int, kind: EntityMention.Kind?, canonical: String)?
        for var piece in pieces {
            if let binding = bound[piece.text] {
                piece.kind = binding.kind
                piece.canonical = binding.canonical
                result.append(piece)
                continue
            }
            // Still inside a bracket whose owner is known: `(ISIS, ISIL or Daesh)`.
            if let owner = bracketOwner, piece.last < owner.close {
                piece.kind = owner.kind
                piece.canonical = owner.canonical
                bound[piece.text] = (owner.kind, owner.canonical)
                result.append(piece)
                continue
            }
            bracketOwner = nil
            let open = piece.first - 1
            guard piece.first == piece.last, tokens[piece.first].isAllCaps, open > 0,
                  text.token(tokens[open], is: "(") else {
                result.append(piece)
                continue
            }
            let close = closingBracket(after: open, in: text)
            var owner: Piece?
            if let start = expansionStart(of: piece.text, before: open, in: text) {
                let expansion = text.text(tokens: start, through: open - 1)
                owner = Piece(first: start, last: open - 1, text: expansion, kind: .organisation,
                              canonical: gazetteer.organisation(expansion) ?? expansion, afterTitle: false)
                // The expansion replaces the pieces it was cut into ("Islamic State of Iraq", "Syria").
                result.removeAll { $0.first >= start && $0.last <= open - 1 }
                result.append(owner!)
            } else if let previous = result.last, previous.last == open - 1 {
                owner = previous
                if owner!.kind == nil || owner!.kind == .person {
                    owner!.kind = .organisation
                    result[result.count - 1].kind = .organisation
                }
            }
            if let owner, owner.kind == .organisation || owner.kind == nil {
                piece.kind = .organisation
                piece.canonical = owner.canonical
                bound[piece.text] = (.organisation, owner.canonical)
                bracketOwner = (close, .organisation, owner.canonical)
            }
            result.append(piece)
        }
        pieces = result
    }

    /// The index of the `)` closing the bracket at `open`, or the end of the sentence.
    func closingBracket(after open: Int, in text: TokenizedText) -> Int {
        let tokens = text.tokens
        var k = open + 1
        while k < tokens.count, k - open < 16, tokens[k].sentence == tokens[open].sentence {
            if text.token(tokens[k], is: ")") { return k }
            k += 1
        }
        return k
    }

    /// Where the words whose initials spell `acronym` begin, ending right
    /// before `open`: small words (of, and, the, for) may be skipped.
    func expansionStart(of acronym: String, before open: Int, in text: TokenizedText) -> Int? {
        let tokens = text.tokens
        let letters = Array(acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        guard letters.count >= 2 else { return nil }
        var initials = [Unicode.Scalar]()
        var k = open - 1
        while k >= 0, open - k <= 16, tokens[k].sentence == tokens[open].sentence {
            if tokens[k].kind == .punctuation {
                // "Workers' Union", "Franco-German": marks inside the name.
                guard ["'", "’", "-", "&"].contains(text.text(tokens[k])), k < open - 1 else { return nil }
                k -= 1
                continue
            }
            if tokens[k].isCapitalized {
                initials.insert(text.scalars[tokens[k].start], at: 0)
                if initials.count == letters.count {
                    return initials == letters ? k : nil
                }
            } else if !["of", "and", "the", "for", "on", "in", "de", "&"].contains(text.text(tokens[k])) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// A surname or first name alone takes the full name's type and canonical
    /// name; a pending piece that matches nothing is typed by its shape.
    func resolvePartialNames(_ pieces: inout [Piece], in text: TokenizedText) {
        // The pieces of each surface, surfaces in order of first use (one lookup a piece).
        var groupOf = [String: Int](minimumCapacity: pieces.count)
        var members = [[Int]]()
        for index in pieces.indices {
            let next = members.count
            let group = Self.value(&groupOf[pieces[index].text, default: next])
            if group == next { members.append([index]) } else { members[group].append(index) }
        }
        // The first person named in full under each surname that is a piece of its own.
        var fullName = [String?](repeating: nil, count: members.count)
        for piece in pieces where piece.kind == .person && piece.text.containsSpace {
            guard let last = piece.text.lastSpaceSeparatedWord, let group = groupOf[last], fullName[group] == nil else { continue }
            fullName[group] = piece.canonical
        }
        for group in members.indices {
            guard let canonical = fullName[group] else { continue }
            for index in members[group] where pieces[index].kind == nil || pieces[index].kind == .person {
                pieces[index].kind = .person
                pieces[index].canonical = canonical
            }
        }
        // Same surface, same type: the first decision wins for later pending copies.
        for indices in members {
            if let decider = indices.first(where: { pieces[$0].kind != nil }) {
                let (kind, canonical) = (pieces[decider].kind, pieces[decider].canonical)
                for index in indices where pieces[index].kind == nil {
                    pieces[index].kind = kind
                    pieces[index].canonical = canonical
                }
            } else if !pieces[indices[0]].text.containsSpace {
                for index in indices {
                    guard let kind = singleWordKind(pieces[index], count: indices.count, in: text) else { continue }
                    pieces[index].kind = kind
                    pieces[index].canonical = pieces[index].text
                }
            }
        }
    }

    /// The value at an inout place: with `dictionary[key, default: value]`,
    /// the value held, or the default, inserted with the same lookup.
    private static func value(_ place: inout Int) -> Int { place }

    /// The type of a single unknown capitalised word from its context: after
    /// "in", "at", "near"… a place; written like a company (`WorldCom`,
    /// `3Com`) or named again and again, an organisation; otherwise none.
    func singleWordKind(_ piece: Piece, count: Int, in text: TokenizedText) -> EntityMention.Kind? {
        let tokens = text.tokens
        if piece.first > 0 {
            let before = text.text(tokens[piece.first - 1])
            if ["in", "at", "near", "outside", "from", "across", "around", "towards", "to"].contains(before) { return .place }
        }
        let scalars = text.scalars[tokens[piece.first].start..<tokens[piece.first].end]
        let innerCapital = scalars.dropFirst().contains { Tokenizer.isUpper($0) }
        let digit = scalars.contains { Tokenizer.isDigit($0) }
        if innerCapital || digit || count >= 3 { return .organisation }
        return nil
    }

    // MARK: Headline

    /// Names in the headline: capitals there mean nothing, so only runs of
    /// words that the body or the gazetteers know as names are taken.
    func headlineMentions(in text: TokenizedText, known: [EntityMention]) -> [EntityMention] {
        let tokens = text.tokens
        guard let starts = HeadlineStarts(text) else { return [] }
        var bySurface = [String: EntityMention]()
        for mention in known where starts.mayStart(mention.text) && bySurface[mention.text] == nil {
            bySurface[mention.text] = mention
        }
        // A person's surname alone, as headlines write it.
        for mention in known where mention.kind == .person {
            if let surname = mention.text.lastSpaceSeparatedWord, starts.mayStart(surname), bySurface[surname] == nil {
                bySurface[surname] = mention
            }
        }
        var result = [EntityMention]()
        var i = 0
        while i < tokens.count, tokens[i].paragraph == 0 {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var matched = false
            // The gazetteers hold a name of two or more tokens only if its first token starts one.
            let mayStartLongName = gazetteer.mayStartLongName(text.text(tokens[i]))
            // Longest run first, up to five tokens.
            var j = min(i + 6, tokens.count - 1)
            while j >= i {
                if tokens[j].paragraph == 0, tokens[j].kind == .word {
                    let surface = text.text(tokens: i, through: j)
                    var mention: EntityMention?
                    if let body = bySurface[surface] {
                        mention = EntityMention(text: surface, kind: body.kind, canonical: body.canonical, span: .init(start: 0, end: 0))
                    } else if j > i && !mayStartLongName {
                        mention = nil
                    } else if let org = gazetteer.organisation(surface) {
                        mention = EntityMention(text: surface, kind: .organisation, canonical: org, span: .init(start: 0, end: 0))
                    } else if let place = gazetteer.place(surface) {
                        mention = EntityMention(text: surface, kind: .place, canonical: place, span: .init(start: 0, end: 0))
                    } else if let group = gazetteer.group(surface) {
                        mention = EntityMention(text: surface, kind: .group, canonical: group.canonical, span: .init(start: 0, end: 0))
                    }
                    if var found = mention {
                        found.span = TextSpan(start: tokens[i].start, end: tokens[j].end)
                        result.append(found)
                        i = j + 1
                        matched = true
                        break
                    }
                }
                j -= 1
            }
            if !matched { i += 1 }
        }
        return result
    }
}

/// The characters the capitalised words of a headline start with, to rule
/// out at a glance the names that cannot be read there. Exact under
/// canonical equivalence: a name is ruled out only when it starts with a
/// plain ASCII character (no mark after it) and every headline word starts
/// with ASCII too.
struct HeadlineStarts {
    private var ascii: (UInt64, UInt64) = (0, 0)
    private var beyondASCII = false

    /// The starts of `text`'s headline words; nil when it has none.
    init?(_ text: TokenizedText) {
        var found = false
        var k = 0
        while k < text.tokens.count, text.tokens[k].paragraph == 0 {
            let token = text.tokens[k]
            k += 1
            guard token.kind == .word, token.isCapitalized else { continue }
            found = true
            let value = text.scalars[token.start].value
            if value < 64 { ascii.0 |= 1 << value } else if value < 128 { ascii.1 |= 1 << (value - 64) } else { beyondASCII = true }
        }
        if !found { return nil }
    }

    /// Whether a headline word may start `name`.
    func mayStart(_ name: String) -> Bool {
        guard !beyondASCII else { return true }
        var bytes = name.utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80 else { return true }
        if let second = bytes.next(), second >= 0x80 { return true }
        return first < 64 ? ascii.0 & (1 << first) != 0 : ascii.1 & (1 << (first - 64)) != 0
    }
}
