/// Words around a figure: qualifiers (`more than`, `about`, `between … and`),
/// ordinals (`third`, `number one`, `No 1`) and pronoun `one`.
extension NumberParser {
    /// Qualifier phrases, longest first, with the qualifier they give.
    static let qualifierPhrases: [([NumberWordKey], String)] = [
        (["as", "many", "as"], "upper bound"), (["as", "much", "as"], "upper bound"),
        (["no", "fewer", "than"], "lower bound"), (["no", "less", "than"], "lower bound"),
        (["not", "less", "than"], "lower bound"), (["no", "more", "than"], "upper bound"),
        (["not", "more", "than"], "upper bound"), (["in", "excess", "of"], "lower bound"),
        (["more", "than"], "lower bound"), (["greater", "than"], "lower bound"), (["at", "least"], "lower bound"),
        (["upwards", "of"], "lower bound"), (["just", "over"], "lower bound"), (["well", "over"], "lower bound"),
        (["just", "above"], "lower bound"), (["well", "above"], "lower bound"), (["over"], "lower bound"),
        (["above"], "lower bound"), (["exceeding"], "lower bound"),
        (["up", "to"], "upper bound"), (["less", "than"], "upper bound"), (["fewer", "than"], "upper bound"),
        (["at", "most"], "upper bound"), (["just", "under"], "upper bound"), (["well", "under"], "upper bound"),
        (["just", "below"], "upper bound"), (["well", "below"], "upper bound"), (["almost"], "upper bound"),
        (["nearly"], "upper bound"), (["under"], "upper bound"), (["below"], "upper bound"),
        (["barely"], "upper bound"),
        (["an", "estimated"], "approximate"), (["close", "to"], "approximate"), (["about"], "approximate"),
        (["around"], "approximate"), (["some"], "approximate"), (["roughly"], "approximate"),
        (["approximately"], "approximate"), (["approx"], "approximate"), (["estimated"], "approximate"),
        (["circa"], "approximate"),
    ].map { words, qualifier in (words.map { NumberWordKey($0) }, qualifier) }

    static let between = NumberWordKey("between")

    /// A qualifier phrase at `i` and the figure it qualifies.
    func qualified(at i: Int) -> NumberMatch? {
        if tokens[i].key == Self.between { return between(at: i) }
        for (words, qualifier) in Self.qualifierPhrases where words[0] == tokens[i].key {
            var j = i + 1
            var matched = true
            for w in words.dropFirst() {
                guard isWord(j, w), onLine(j) else { matched = false; break }
                j += 1
            }
            guard matched, onLine(j), j < count else { continue }
            guard var m = quantity(at: j, qualified: true), m.kind != .ordinal else { return nil }
            if m.kind == .date && m.unit == nil { return nil }
            m.start = i
            if m.qualifier != "range" { m.qualifier = qualifier }
            return m
        }
        return nil
    }

    /// `between 20 and 30`, `between $1m and $2m`, `between 2003 and 2005`.
    func between(at i: Int) -> NumberMatch? {
        guard onLine(i + 1), let a = quantity(at: i + 1, ranges: false), isWord(a.end, NumberKeys.and), onLine(a.end),
              onLine(a.end + 1), let b = quantity(at: a.end + 1, ranges: false) else { return nil }
        var m = b
        m.start = i
        m.qualifier = "range"
        if a.kind == .count {
            m.value = a.value.map { a.scale == 1 && b.scale > 1 ? $0 * b.scale : $0 }
        } else {
            m.kind = a.kind
            m.unit = a.unit ?? b.unit
            m.value = a.value
        }
        return m
    }

    /// An ordinal word: `first`, `second`, `twentieth`; not `First Minister`
    /// in mid-sentence.
    func ordinalWord(at i: Int) -> NumberMatch? {
        guard let v = word(i)?.ordinal else { return nil }
        if tokens[i].isCapitalised && !sentenceStart(i) { return nil }
        if glued(i), isDash(i - 1) { return nil }
        if isDash(i + 1), glued(i + 1), glued(i + 2), i + 2 < count, tokens[i + 2].kind == .word { return nil }
        return NumberMatch(start: i, end: i + 1, kind: .ordinal, value: v)
    }

    /// `number one`, `number 10`, `No 1`, `No. 1`: a rank.
    func rank(at i: Int) -> NumberMatch? {
        var j = i + 1
        if tokens[i].key == NumberKeys.number {
            guard tokens[i].letterCase == .lower, onLine(j), j < count, tokens[j].gap == .space else { return nil }
            if tokens[j].kind == .word, let c = word(j)?.cardinal, !isDash(j + 1) {
                if onLine(j + 1), word(j + 1)?.multiplier != nil { return nil }
                return NumberMatch(start: i, end: j + 1, kind: .ordinal, value: c)
            }
        } else {
            guard tokens[i].letterCase == .capitalised else { return nil }
            if isSymbol(j, NumberSymbols.period), glued(j) { j += 1 }
        }
        guard onLine(j), j < count, tokens[j].isPlainInteger, tokens[j].integerDigits <= 3, !followedByIdentifier(j)
        else { return nil }
        return NumberMatch(start: i, end: j + 1, kind: .ordinal, value: tokens[j].value)
    }

    /// The word `one` at `i` used as a pronoun: `no one`, `the one who`, `a
    /// difficult one`, `one another`, `one's`.
    func isPronounOne(_ i: Int) -> Bool {
        if i > 0, onLine(i), tokens[i - 1].kind == .word {
            if hasRole(i - 1, .pronounBefore) { return true }
            if i > 1, tokens[i - 1].letterCase == .lower, word(i - 1)?.cardinal == nil,
               isWord(i - 2, NumberKeys.a) || isWord(i - 2, NumberKeys.an) || isWord(i - 2, NumberWordKey("the")) { return true }
        }
        let k = i + 1
        guard k < count, onLine(k) else { return false }
        if isWord(k, NumberKeys.another) || isWord(k, NumberKeys.who) { return true }
        if glued(k), tokens[k].kind == .symbol, NumberSymbols.isApostrophe(tokens[k].symbol) { return true }
        return false
    }
}
