/// Finds who said what in an article.
///
/// Direct quotes first: each quotation is tied to a cue and speaker right
/// after it (`"…," she said`, `"…," said X`) or right before it (`X said:
/// "…"`); a quote paragraph with no cue keeps the previous speaker. Then
/// reported speech around the cue words outside quotes: `X said (that) Y`,
/// `Y, X said`, `According to X, Y`, `X told reporters Y`, `X accused Z of
/// Y`. Pronoun and description speakers are resolved to names; sentences that
/// assert figures with no source become `figure` claims.
struct ClaimExtractor: Sendable {
    let text: TokenizedText
    let entities: [EntityMention]
    let numbers: [NumberMention]
    /// First and last token of every sentence, by sentence index.
    let sentences: (first: [Int], last: [Int])

    init(text: TokenizedText, entities: [EntityMention], numbers: [NumberMention]) {
        self.text = text
        self.entities = entities.isSorted { $0.span.start <= $1.span.start } ? entities : entities.sorted { $0.span.start < $1.span.start }
        self.numbers = numbers
        let count = (text.tokens.last?.sentence ?? -1) + 1
        var first = [Int](repeating: 0, count: count), last = [Int](repeating: 0, count: count)
        for (index, token) in text.tokens.enumerated().reversed() { first[token.sentence] = index }
        for (index, token) in text.tokens.enumerated() { last[token.sentence] = index }
        sentences = (first, last)
    }

    /// Longest speaker, in tokens.
    static let speakerLimit = 12

    func claims() -> [Claim] {
        let quotes = QuoteFinder.quotes(in: text.scalars)
        var quoteOfToken = [Int?](repeating: nil, count: text.tokens.count)
        var q = 0
        for (index, token) in text.tokens.enumerated() {
            while q < quotes.count && quotes[q].close < token.start { q += 1 }
            if q < quotes.count && token.start > quotes[q].open && token.start < quotes[q].close { quoteOfToken[index] = q }
        }
        var wordsInQuote = [Int](repeating: 0, count: quotes.count)
        for (index, owner) in quoteOfToken.enumerated() where owner != nil && text.tokens[index].kind == .word { wordsInQuote[owner!] += 1 }
        var resolver = SpeakerResolver(text: text, entities: entities)
        var claims = [Claim]()
        var usedCues = [Bool](repeating: false, count: text.tokens.count)
        var lastSpeaker: (speaker: String, canonical: String?, cue: String, stance: Claim.Stance?, paragraph: Int)?

        // Direct quotes.
        for (qi, quote) in quotes.enumerated() {
            guard wordsInQuote[qi] >= 3 else { continue }  // scare quotes and titles
            // A short lower-case fragment inside a sentence belongs to reported speech around it.
            let opensWithCapital = quote.contentStart < quote.contentEnd && Tokenizer.isUpper(text.scalars[quote.contentStart])
            guard opensWithCapital || wordsInQuote[qi] >= 6 else { continue }
            var found = attributionAfter(quote, quoteOfToken) ?? attributionBefore(quote, quoteOfToken)
            if found == nil, let last = lastSpeaker,
               quote.continuesPrevious || (startsParagraph(quote) && last.paragraph >= paragraph(of: quote.open) - 2)
                || last.paragraph == paragraph(of: quote.open) {
                found = Attribution(speakerFirst: nil, speakerLast: nil, speaker: last.speaker, cueIndex: nil, cue: last.cue, stance: last.stance)
            }
            // A quote in the same sentence after an attributed one keeps its speaker.
            guard let attribution = found else { continue }
            if let cue = attribution.cueIndex { usedCues[cue] = true }
            let canonical = attribution.speakerFirst.map { resolver.resolve(attribution.speaker, first: $0, last: attribution.speakerLast!) }
                ?? lastSpeaker?.canonical
            let span = claimSpan(from: min(quote.open, attribution.speakerFirst.map { text.tokens[$0].start } ?? quote.open),
                                 to: max(quote.close, attribution.cueIndex.map { text.tokens[$0].end } ?? quote.close))
            let content = text.text(quote.contentStart, quote.contentEnd).trimmingTrailingPunctuation()
            claims.append(Claim(speaker: attribution.speaker, speakerCanonical: canonical, cue: attribution.cue,
                                content: content, quote: true, kind: .direct, stance: attribution.stance, span: span,
                                contentSpan: TextSpan(start: quote.contentStart, end: quote.contentStart + content.unicodeScalars.count)))
            lastSpeaker = (attribution.speaker, canonical, attribution.cue, attribution.stance, paragraph(of: quote.open))
            if attribution.speakerFirst != nil { resolver.lastSpeaker = canonical ?? attribution.speaker }
        }

        // Reported speech.
        for (index, token) in text.tokens.enumerated() where token.kind == .word && quoteOfToken[index] == nil && !usedCues[index] {
            let length = token.end - token.start
            if length == 9, text.scalars[token.start] == "a" || text.scalars[token.start] == "A",
               text.lowercasedText(token) == "according", index + 1 < text.tokens.count,
               text.lowercasedText(text.tokens[index + 1]) == "to" {
                if let claim = accordingTo(index, quoteOfToken, &resolver) { claims.append(claim) }
                continue
            }
            guard !token.isCapitalized, token.paragraph > 0,
                  let stance = ReportingCue.stance(of: text.scalars[token.start..<token.end]) else { continue }
            if isNotReporting(cue: index) { continue }
            if let claim = reported(cue: index, stance: stance, quoteOfToken, &resolver) { claims.append(claim) }
        }
        claims.sort { ($0.span.start, $0.contentSpan.start) < ($1.span.start, $1.contentSpan.start) }
        return claims + figureClaims(excluding: claims)
    }

    // MARK: Direct quotes

    struct Attribution {
        var speakerFirst: Int?
        var speakerLast: Int?
        var speaker: String
        var cueIndex: Int?
        var cue: String
        var stance: Claim.Stance?
    }

    /// `"…," she said` / `"…," said the minister` / `"…", X told reporters.`
    func attributionAfter(_ quote: QuotedSpan, _ quoteOfToken: [Int?]) -> Attribution? {
        guard !quote.runsOn, var k = firstToken(after: quote.close) else { return nil }
        let tokens = text.tokens
        let sentence = tokens[k].sentence
        if text.token(tokens[k], is: ",") { k += 1 }
        guard k < tokens.count, quoteOfToken[k] == nil else { return nil }
        // said X (but never "told X": X is then who was told)
        if let stance = cueStance(k), !ReportingCue.takesRecipient.contains(text.lowercasedText(tokens[k])),
           k + 1 < tokens.count {
            if var (first, last) = nounPhrase(from: k + 1, forward: true) {
                // "said BA's director of planning, Robert Boyle.": the name after the description.
                if last + 2 < tokens.count, text.token(tokens[last + 1], is: ","), tokens[last + 2].isCapitalized,
                   let name = nounPhrase(from: last + 2, forward: true), isNameLike(name) {
                    (first, last) = name
                }
                return Attribution(speakerFirst: first, speakerLast: last, speaker: text.text(tokens: first, through: last),
                                   cueIndex: k, cue: text.text(tokens[k]), stance: stance)
            }
        }
        // X, an analyst with Y, told Reuters
        if tokens[k].isCapitalized, let name = nounPhrase(from: k, forward: true), name.1 + 1 < tokens.count,
           text.token(tokens[name.1 + 1], is: ",") {
            var close = name.1 + 2
            while close < tokens.count, close - name.1 <= 12, tokens[close].sentence == sentence, !text.token(tokens[close], is: ",") { close += 1 }
            if close + 1 < tokens.count, text.token(tokens[close], is: ","), let stance = cueStance(close + 1) {
                return Attribution(speakerFirst: name.0, speakerLast: name.1, speaker: text.text(tokens: name.0, through: name.1),
                                   cueIndex: close + 1, cue: text.text(tokens[close + 1]), stance: stance)
            }
        }
        // X said
        var j = k
        while j < tokens.count, j - k <= ClaimExtractor.speakerLimit, tokens[j].kind == .word, quoteOfToken[j] == nil {
            if let stance = cueStance(j), j > k {
                var last = j - 1
                while last > k, ClaimExtractor.auxiliaries.contains(text.lowercasedText(tokens[last])) { last -= 1 }
                return Attribution(speakerFirst: k, speakerLast: last, speaker: text.text(tokens: k, through: last),
                                   cueIndex: j, cue: text.text(tokens[j]), stance: stance)
            }
            j += 1
        }
        return nil
    }

    /// `X said: "…"` / `X told reporters "…"`
    func attributionBefore(_ quote: QuotedSpan, _ quoteOfToken: [Int?]) -> Attribution? {
        guard var k = lastToken(before: quote.open) else { return nil }
        let tokens = text.tokens
        guard tokens[k].paragraph == paragraph(of: quote.open) else { return nil }
        if [":", ","].contains(text.text(tokens[k])) { k -= 1 }
        guard k >= 0, quoteOfToken[k] == nil else { return nil }
        // Allow a recipient or "in a statement" between cue and quote.
        var cue = k
        while cue >= 0, k - cue <= 4, cueStance(cue) == nil, tokens[cue].kind == .word { cue -= 1 }
        guard cue >= 0, let stance = cueStance(cue), let (first, last) = nounPhrase(from: cue - 1, forward: false) else { return nil }
        return Attribution(speakerFirst: first, speakerLast: last, speaker: text.text(tokens: first, through: last),
                           cueIndex: cue, cue: text.text(tokens[cue]), stance: stance)
    }

    // MARK: Reported speech

    /// `X said (that) Y`, `Y, X said`, `Y, said X`.
    func reported(cue: Int, stance: Claim.Stance, _ quoteOfToken: [Int?], _ resolver: inout SpeakerResolver) -> Claim? {
        let tokens = text.tokens
        let (sentenceFirst, sentenceLast) = sentenceBounds(cue)
        let cueText = text.text(tokens[cue])
        var speaker: (Int, Int)?
        var content: (Int, Int)?

        var wordsAfter = 0
        var scan = cue + 1
        while scan <= sentenceLast && wordsAfter < 4 { if tokens[scan].kind != .punctuation { wordsAfter += 1 }; scan += 1 }
        let cueLower = cueText.lowercased()

        // "…, saying Y": a participle's speaker is the sentence's subject.
        if cueLower.hasSuffix("ing"), cue > sentenceFirst, text.token(tokens[cue - 1], is: ","), wordsAfter >= 3,
           let subject = subjectPhrase(from: sentenceFirst, before: cue - 1) {
            speaker = subject
            let start = skipRecipientAndTime(from: cue + 1, cue: cueLower, last: sentenceLast)
            if start <= sentenceLast { content = (start, sentenceLast) }
        }
        // "Y, said Mr Purushotma, is that Z": an interjected cue.
        if cue - 1 > sentenceFirst, text.token(tokens[cue - 1], is: ","), let named = nounPhrase(from: cue + 1, forward: true),
           tokens[named.0].isCapitalized, named.1 + 1 <= sentenceLast, text.token(tokens[named.1 + 1], is: ",") {
            var cl = sentenceLast
            while cl > named.1, tokens[cl].kind == .punctuation { cl -= 1 }
            let canonical = resolver.resolve(text.text(tokens: named.0, through: named.1), first: named.0, last: named.1)
            guard cue - 2 >= sentenceFirst else { return nil }
            // The content is the whole sentence around the interjection, so that it stays one span.
            return Claim(speaker: text.text(tokens: named.0, through: named.1), speakerCanonical: canonical, cue: cueText,
                         content: text.text(tokens: sentenceFirst, through: cl), quote: false, kind: .indirect, stance: stance,
                         span: TextSpan(start: tokens[sentenceFirst].start, end: tokens[sentenceLast].end),
                         contentSpan: TextSpan(start: tokens[sentenceFirst].start, end: tokens[cl].end))
        }
        // "The chairman of the committee, Sher Khan, said Y" / "Mike Hobday, from the league, said Y":
        // the words between the commas, or before them, name the speaker.
        if speaker == nil, cue - 1 > sentenceFirst, text.token(tokens[cue - 1], is: ","), wordsAfter >= 3 {
            var open = cue - 2
            while open >= sentenceFirst, !text.token(tokens[open], is: ","), cue - open <= 10 { open -= 1 }
            let segment = (max(open + 1, sentenceFirst), cue - 2)
            var chosen: (Int, Int)? = segment.0 <= segment.1 ? segment : nil
            if let current = chosen, !isNameLike(current), open > sentenceFirst {
                // The segment is a description ("from the league"): the name is before it.
                var before = open - 1
                while before >= sentenceFirst, !text.token(tokens[before], is: ","), open - before <= 8 { before -= 1 }
                let name = (max(before + 1, sentenceFirst), open - 1)
                if name.0 <= name.1 && isNameLike(name) { chosen = name }
                else if !(current.0...current.1).contains(where: { tokens[$0].isCapitalized && !tokens[$0].ambiguousCapital }) { chosen = nil }
            }
            // A lone sentence-opening word ("But", "Ultimately") names no one.
            if let current = chosen, current.0 == current.1, tokens[current.0].ambiguousCapital { chosen = nil }
            // "Judith Moritz, in Melton Mowbray, Leicestershire, said": the segment naming a person wins.
            if let person = personSegment(before: cue - 1, from: sentenceFirst) { chosen = person }
            if let chosen, chosen.1 - chosen.0 < ClaimExtractor.speakerLimit {
                speaker = chosen
                let start = skipRecipientAndTime(from: cue + 1, cue: cueLower, last: sentenceLast)
                if start <= sentenceLast { content = (start, sentenceLast) }
            }
        }

        // Speaker before the cue, content after it.
        var left = cue - 1
        while left >= sentenceFirst, ClaimExtractor.auxiliaries.contains(text.lowercasedText(tokens[left])) { left -= 1 }
        // "X, who said Y": the relative pronoun's antecedent speaks.
        if speaker == nil, left - 1 > sentenceFirst, text.lowercasedText(tokens[left]) == "who",
           text.token(tokens[left - 1], is: ","), let antecedent = nounPhrase(from: left - 2, forward: false), wordsAfter >= 3 {
            speaker = antecedent
            let start = skipRecipientAndTime(from: cue + 1, cue: cueLower, last: sentenceLast)
            if start <= sentenceLast { content = (start, sentenceLast) }
        }
        if speaker == nil, left >= sentenceFirst, let phrase = nounPhrase(from: left, forward: false) {
            let before = phrase.0 - 1
            let afterComma = before >= sentenceFirst && text.token(tokens[before], is: ",")
            // `Y, X said.` has nothing but a time phrase after the cue;
            // `In a statement, X said Y` has the content there.
            if afterComma && before > sentenceFirst && wordsAfter < 4 {
                // `Y, X said.`: content before the comma.
                speaker = phrase
                content = (sentenceFirst, before - 1)
            } else if cue + 1 <= sentenceLast {
                speaker = phrase
                var start = cue + 1
                start = skipRecipientAndTime(from: start, cue: cueText.lowercased(), last: sentenceLast)
                if start <= sentenceLast { content = (start, sentenceLast) }
            }
        }
        // `Y, said X.`
        if speaker == nil, cue > sentenceFirst, text.token(tokens[cue - 1], is: ","), let phrase = nounPhrase(from: cue + 1, forward: true) {
            speaker = phrase
            content = (sentenceFirst, cue - 2)
        }
        guard let (sf, sl) = speaker, var (cf, cl) = content else { return nil }
        // Trim closing punctuation and stray quote marks from the content.
        while cl >= cf, tokens[cl].kind == .punctuation { cl -= 1 }
        while cf <= cl, tokens[cf].kind == .punctuation { cf += 1 }
        guard cl - cf + 1 >= 3 else { return nil }
        let speakerText = text.text(tokens: sf, through: sl)
        let canonical = resolver.resolve(speakerText, first: sf, last: sl)
        return Claim(speaker: speakerText, speakerCanonical: canonical, cue: cueText,
                     content: text.text(tokens: cf, through: cl), quote: false, kind: .indirect, stance: stance,
                     span: TextSpan(start: tokens[sentenceFirst].start, end: tokens[sentenceLast].end),
                     contentSpan: TextSpan(start: tokens[cf].start, end: tokens[cl].end))
    }

    /// `According to X, Y` and `Y, according to X`.
    func accordingTo(_ index: Int, _ quoteOfToken: [Int?], _ resolver: inout SpeakerResolver) -> Claim? {
        let tokens = text.tokens
        let (sentenceFirst, sentenceLast) = sentenceBounds(index)
        guard let (sf, sl) = nounPhrase(from: index + 2, forward: true) else { return nil }
        var cf: Int, cl: Int
        if sl + 1 <= sentenceLast, text.token(tokens[sl + 1], is: ",") {
            cf = sl + 2; cl = sentenceLast
        } else {
            cf = sentenceFirst; cl = index - 1
        }
        while cl >= cf, tokens[cl].kind == .punctuation { cl -= 1 }
        while cf <= cl, tokens[cf].kind == .punctuation { cf += 1 }
        guard cl - cf + 1 >= 3 else { return nil }
        let speakerText = text.text(tokens: sf, through: sl)
        return Claim(speaker: speakerText, speakerCanonical: resolver.resolve(speakerText, first: sf, last: sl),
                     cue: text.text(tokens: index, through: index + 1), content: text.text(tokens: cf, through: cl),
                     quote: false, kind: .accordingTo, stance: .say,
                     span: TextSpan(start: tokens[sentenceFirst].start, end: tokens[sentenceLast].end),
                     contentSpan: TextSpan(start: tokens[cf].start, end: tokens[cl].end))
    }

    /// Words between a cue and its content that belong to neither: `that`,
    /// a recipient (`told reporters`, `the BBC`), a time or setting phrase.
    func skipRecipientAndTime(from start: Int, cue: String, last: Int) -> Int {
        let tokens = text.tokens
        var k = start
        func word(_ i: Int) -> String { text.lowercasedText(tokens[i]) }
        if ReportingCue.takesRecipient.contains(cue), k <= last {
            k = recipientEnd(from: k, last: last) + 1
            if k <= last, word(k) == "to" || word(k) == "that" { k += 1 }
        }
        var moved = true
        while moved && k <= last {
            moved = false
            if ["on", "in", "last", "this", "earlier", "late", "yesterday", "today", "previously", "also", "on", "at"].contains(word(k)) {
                // on Monday / in a statement / last week / at a news conference
                var j = k + 1
                while j <= last, j - k <= 5, tokens[j].kind == .word, !["that"].contains(word(j)) {
                    if ClaimExtractor.timeHeads.contains(word(j)) { k = j + 1; moved = true; break }
                    j += 1
                }
                if !moved && ["yesterday", "today", "previously", "also"].contains(word(k)) { k += 1; moved = true }
            }
            // "in Tallinn", "at Westminster": a place before the content.
            if k + 1 <= last, ["in", "at"].contains(word(k)), tokens[k + 1].isCapitalized {
                var j = k + 1
                while j + 1 <= last, tokens[j + 1].isCapitalized { j += 1 }
                if j + 1 <= last, [",", "that"].contains(word(j + 1)) { k = j + 1; moved = true }
            }
            if k <= last && word(k) == "," { k += 1; moved = true }
            if k <= last && word(k) == "that" { k += 1; moved = true }
        }
        return k
    }

    /// A cue word that reports nothing here: "said to be", "believed to
    /// have" (raising), or a noun ("three notes", "the findings").
    func isNotReporting(cue index: Int) -> Bool {
        let tokens = text.tokens
        if index + 1 < tokens.count, text.token(tokens[index + 1], is: "to") { return true }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if previous.kind == .number { return true }
        return ["the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "two", "three", "several", "many", "few"]
            .contains(text.lowercasedText(previous))
    }

    /// The last token of a short recipient: `reporters`, `the BBC`, `BBC
    /// Radio 4`, `MPs`, `the House of Commons`.
    func recipientEnd(from start: Int, last: Int) -> Int {
        let tokens = text.tokens
        var k = start
        if k <= last, ["the", "a", "an", "his", "her", "their"].contains(text.lowercasedText(tokens[k])) { k += 1 }
        guard k <= last else { return start - 1 }
        if tokens[k].isCapitalized {
            while k + 1 <= last, tokens[k + 1].isCapitalized || tokens[k + 1].kind == .number
                    || (text.token(tokens[k + 1], is: "of") && k + 2 <= last && tokens[k + 2].isCapitalized) { k += 1 }
            return k
        }
        let word = text.lowercasedText(tokens[k])
        let isPlainNoun = tokens[k].kind == .word && !ClaimExtractor.phraseStops.contains(word) && word != "that"
        return isPlainNoun ? k : start - 1
    }

    static let timeHeads: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
        "statement", "interview", "conference", "briefing", "letter", "report", "speech", "night", "morning",
        "evening", "afternoon", "weekend", "yesterday", "today", "tweet", "post", "broadcast",
    ]
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "would", "will", "could", "may", "might", "repeatedly", "previously",
        "later", "then", "again", "recently", "was", "is", "were", "are", "been", "once", "reportedly",
        "publicly", "privately", "strongly", "firmly", "flatly", "always", "never", "still", "often", "now",
        "further", "already", "even", "had",
    ]
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you"]
    static let phraseStops: Set<String> = [
        "that", "which", "who", "but", "while", "as", "because", "when", "if", "where", "after", "before",
        "since", "although", "though", "and", "or", "so", "than", "said", "says", "meanwhile", "however",
        "to", "be", "is", "was", "were", "are", "would", "will", "could", "should", "can", "may", "might",
        "been", "not", "by", "with", "from", "on", "at", "in", "into", "it", "its", "there", "this", "these",
        "those", "we", "you", "i", "also", "even", "only", "just", "all",
    ]

    /// A speaker phrase starting at `index` and running forward or backward:
    /// words up to punctuation, a clause word or the sentence edge.
    func nounPhrase(from index: Int, forward: Bool) -> (Int, Int)? {
        let tokens = text.tokens
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        let firstWord = text.lowercasedText(tokens[index])
        if ClaimExtractor.pronouns.contains(firstWord) { return (index, index) }  // "it said", "we believe"
        guard !ClaimExtractor.phraseStops.contains(firstWord) else { return nil }
        let sentence = tokens[index].sentence
        var end = index
        var k = index
        while k >= 0, k < tokens.count, tokens[k].sentence == sentence, abs(k - index) < ClaimExtractor.speakerLimit {
            let token = tokens[k]
            let word = text.lowercasedText(token)
            let isPossessive = word == "'s" || word == "’s"
            guard token.kind == .word || text.token(token, is: "-") || text.token(token, is: "&") else { break }
            if ClaimExtractor.phraseStops.contains(word) && !(forward == false && word == "and" && isCapitalisedNeighbour(k)) { break }
            if cueStance(k) != nil && k != index { break }
            if ReportingCue.stance(word) != nil && !isPossessive && k == index && forward == false { break }
            end = k
            k += forward ? 1 : -1
        }
        var first = forward ? index : end, last = forward ? end : index
        guard first <= last else { return nil }
        // Speakers are short noun phrases; a long lower-case run is a clause.
        let capitalised = (first...last).contains { tokens[$0].isCapitalized }
        if !capitalised && last - first >= 4 { return nil }
        // Trailing "'s" belongs to what follows ("Qantas's chief"), not to the speaker.
        while last > first, tokens[last].kind != .word || text.token(tokens[last], is: "'s") || text.token(tokens[last], is: "’s") { last -= 1 }
        while first < last, tokens[first].kind != .word { first += 1 }
        // A speaker ends in a noun or a name, not a verb form ("have received").
        let lastWord = text.text(tokens[last])
        if !tokens[last].isCapitalized, lastWord.count > 4, lastWord.hasSuffix("ed") || lastWord.hasSuffix("ing") { return nil }
        return (first, last)
    }

    /// The subject opening a sentence, without its verb: a run of
    /// capitalised words ("Unions", "Qantas chief Geoff Dixon" stops at
    /// "chief"… so only names), or a determiner and up to two more words.
    func subjectPhrase(from first: Int, before limit: Int) -> (Int, Int)? {
        let tokens = text.tokens
        guard first < limit, tokens[first].kind == .word else { return nil }
        let word = text.lowercasedText(tokens[first])
        if ClaimExtractor.pronouns.contains(word) { return (first, first) }
        if ["the", "a", "an", "its", "their", "his", "her"].contains(word) {
            return first + 2 < limit ? (first, first + 2) : nil
        }
        guard tokens[first].isCapitalized else { return nil }
        var last = first
        while last + 1 < limit, tokens[last + 1].isCapitalized || (NameCandidateFinder.connectors.contains(text.text(tokens[last + 1]))
                && last + 2 < limit && tokens[last + 2].isCapitalized) { last += 1 }
        return (first, last)
    }

    /// The nearest of the (up to three) comma-separated segments before the
    /// comma at `comma` that holds a person's name, as that name's tokens.
    func personSegment(before comma: Int, from sentenceFirst: Int) -> (Int, Int)? {
        let tokens = text.tokens
        var end = comma - 1
        for _ in 0..<3 {
            guard end >= sentenceFirst else { return nil }
            var start = end
            while start > sentenceFirst, !text.token(tokens[start - 1], is: ",") { start -= 1 }
            let lower = tokens[start].start, upper = tokens[end].end
            if let person = lastPerson(from: lower, to: upper) {
                let first = (start...end).first { tokens[$0].start == person.span.start } ?? start
                let last = (start...end).first { tokens[$0].end == person.span.end } ?? end
                return (first, last)
            }
            end = start - 2
        }
        return nil
    }

    /// The last person mentioned wholly inside `lower..<upper` (entities are
    /// sorted by position: a binary search, then a short walk).
    func lastPerson(from lower: Int, to upper: Int) -> EntityMention? {
        var low = 0, high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].span.start < lower { low = mid + 1 } else { high = mid }
        }
        var found: EntityMention?
        while low < entities.count, entities[low].span.start < upper {
            if entities[low].kind == .person && entities[low].span.end <= upper { found = entities[low] }
            low += 1
        }
        return found
    }

    /// Capitalised words only (with initials and connectors): "Sher Khan", "Mr P. Jones".
    func isNameLike(_ range: (Int, Int)) -> Bool {
        let tokens = text.tokens
        var capitals = 0
        for k in range.0...range.1 {
            if tokens[k].isCapitalized { capitals += 1; continue }
            if tokens[k].kind == .punctuation && text.token(tokens[k], is: "-") { continue }
            if NameCandidateFinder.connectors.contains(text.text(tokens[k])) { continue }
            return false
        }
        return capitals > 0
    }

    func isCapitalisedNeighbour(_ k: Int) -> Bool {
        k + 1 < text.tokens.count && text.tokens[k + 1].isCapitalized && k > 0 && text.tokens[k - 1].isCapitalized
    }

    func cueStance(_ index: Int) -> Claim.Stance? {
        guard index >= 0, index < text.tokens.count, text.tokens[index].kind == .word, !text.tokens[index].isCapitalized else { return nil }
        return ReportingCue.stance(of: text.scalars[text.tokens[index].start..<text.tokens[index].end])
    }


    // MARK: Figures

    /// Sentences with a figure and an entity that no claim covers.
    func figureClaims(excluding claims: [Claim]) -> [Claim] {
        let tokens = text.tokens
        guard !tokens.isEmpty else { return [] }
        let covered = claims.map(\.span).sorted { $0.start < $1.start }
        var coveredIndex = 0
        var coveredEnd = 0  // furthest end among claims started so far
        var result = [Claim]()
        var numberIndex = 0, entityIndex = 0
        var first = 0
        while first < tokens.count {
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].sentence == tokens[first].sentence { last += 1 }
            let start = tokens[first].start, end = tokens[last].end
            while numberIndex < numbers.count, numbers[numberIndex].span.end <= start { numberIndex += 1 }
            while entityIndex < entities.count, entities[entityIndex].span.end <= start { entityIndex += 1 }
            let hasFigure = numberIndex < numbers.count && numbers[numberIndex].span.start < end && numbers[numberIndex].kind != .date
                && numbers[numberIndex].kind != .ordinal
            let hasEntity = entityIndex < entities.count && entities[entityIndex].span.start < end
            while coveredIndex < covered.count, covered[coveredIndex].start < end {
                coveredEnd = max(coveredEnd, covered[coveredIndex].end)
                coveredIndex += 1
            }
            if tokens[first].paragraph > 0, hasFigure, hasEntity, last - first >= 5, coveredEnd <= start {
                var cl = last
                while cl > first, tokens[cl].kind == .punctuation { cl -= 1 }
                let span = TextSpan(start: start, end: end)
                result.append(Claim(speaker: nil, speakerCanonical: nil, cue: "", content: text.text(tokens: first, through: cl),
                                    quote: false, kind: .figure, stance: nil, span: span,
                                    contentSpan: TextSpan(start: start, end: tokens[cl].end)))
            }
            first = last + 1
        }
        return result
    }

    // MARK: Positions

    func firstToken(after offset: Int) -> Int? {
        var low = 0, high = text.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if text.tokens[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return low < text.tokens.count ? low : nil
    }

    func lastToken(before offset: Int) -> Int? {
        guard let next = firstToken(after: offset - 1) else { return text.tokens.isEmpty ? nil : text.tokens.count - 1 }
        return next > 0 ? next - 1 : nil
    }

    func paragraph(of offset: Int) -> Int {
        guard let k = firstToken(after: offset - 1) else { return text.tokens.last?.paragraph ?? 0 }
        return text.tokens[k].paragraph
    }

    func startsParagraph(_ quote: QuotedSpan) -> Bool {
        guard let k = lastToken(before: quote.open) else { return true }
        return text.tokens[k].paragraph != paragraph(of: quote.open)
    }

    func sentenceBounds(_ index: Int) -> (Int, Int) {
        let sentence = text.tokens[index].sentence
        return (sentences.first[sentence], sentences.last[sentence])
    }

    func claimSpan(from start: Int, to end: Int) -> TextSpan {
        TextSpan(start: max(0, start), end: min(text.scalars.count, max(start, end + 1)))
    }
}

extension String {
    /// Without a final comma or full stop left inside a quotation: `"…,"` → `…`.
    func trimmingTrailingPunctuation() -> String {
        let scalars = unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            guard [",", ".", ";", ":"].contains(scalars[before]) else { break }
            end = before
        }
        return end == scalars.endIndex ? self : String(scalars[..<end])
    }
}

extension Array {
    /// Whether every neighbouring pair is in order: cheaper than sorting what is sorted already.
    func isSorted(by inOrder: (Element, Element) -> Bool) -> Bool {
        var index = 1
        while index < count {
            if !inOrder(self[index - 1], self[index]) { return false }
            index += 1
        }
        return true
    }
}
