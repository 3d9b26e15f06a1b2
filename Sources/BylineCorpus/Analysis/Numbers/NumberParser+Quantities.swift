/// Quantities: an amount with what follows it (range end, `%`, currency,
/// unit, duration noun, month) classified into a kind.
extension NumberParser {
    /// The figure whose amount starts at `i`. `qualified`: a qualifier came
    /// before, so a bare four-digit number is a count rather than a year.
    func quantity(at i: Int, qualified: Bool = false, ranges: Bool = true) -> NumberMatch? {
        if let m = money(at: i, ranges: ranges) { return m }
        if let m = slashDate(at: i) { return m }
        guard let a = amount(at: i, currency: false) else { return nil }
        if a.digits {
            if let m = clockTime(a) { return m }
        }
        if let m = hyphenCompound(a) { return m }
        if a.loneOne, isDash(a.end), glued(a.end), glued(a.end + 1) { return nil }
        var high = a
        var low = a
        var qualifier = a.qualifier
        if ranges, let b = rangeEnd(after: a, currency: false, start: i) {
            if isScore(a, b) {
                var m = NumberMatch(start: i, end: b.end, kind: .count, value: a.value)
                m.scale = 1
                return m
            }
            high = b
            if !a.scaled && b.scaled && !a.fraction {
                low.value = low.value.map { $0 * b.scale }
                low.scaled = true
                low.scale = b.scale
            }
            qualifier = "range"
        }
        guard var m = classify(low: low, high: high, qualified: qualified) else { return nil }
        if m.qualifier == nil { m.qualifier = qualifier }
        return m
    }

    /// A currency first: `$38`, `£600m`, `US$2.5 billion`, `Rs 500 crore`,
    /// `Australian dollars 648m`, `$10-20m`.
    func money(at i: Int, ranges: Bool) -> NumberMatch? {
        guard let (code, j) = currencyPrefix(at: i), var a = amount(at: j, currency: true, checkContext: false)
        else { return nil }
        guard a.suffix == nil || a.suffix == .pence || a.suffix == .cents else { return nil }
        var end = a.end
        var qualifier = a.qualifier
        if ranges, let b = rangeEnd(after: a, currency: true, start: i) {
            if !a.scaled && b.scaled { a.value = a.value.map { $0 * b.scale } }
            end = b.end
            qualifier = "range"
        }
        if a.suffix != nil { a.value = a.value.map { $0 * 0.01 } }
        var m = NumberMatch(start: i, end: end, kind: .money, value: a.value, unit: code, qualifier: qualifier)
        m.scale = a.scale
        return m
    }

    /// The currency before an amount: its ISO code and where the amount starts.
    func currencyPrefix(at i: Int) -> (String, Int)? {
        let t = tokens[i]
        var code: String?
        var j = i + 1
        switch t.kind {
        case .symbol:
            code = NumberSymbols.currencies[t.symbol]
        case .word:
            guard let w = word(i) else { return nil }
            if let p = w.dollarPrefix, t.isCapitalised, isSymbol(i + 1, NumberSymbols.dollar), glued(i + 1) {
                code = p.string
                j = i + 2
            } else if t.key == NumberKeys.rs, t.letterCase == .capitalised {
                code = "INR"
                if isSymbol(j, NumberSymbols.period), glued(j) { j += 1 }
            } else if let iso = w.isoCode, t.letterCase == .upper {
                code = iso.string
            } else if let adjective = w.currencyAdjective, t.isCapitalised, onLine(i + 1),
                      let c = word(i + 1)?.currency, word(i + 1)?.currencyFactor == 1, c.string != "GBP" {
                code = adjective.string
                j = i + 2
            }
        default:
            return nil
        }
        guard let code, j < count, onLine(j), tokens[j].gap != .lineBreak else { return nil }
        guard tokens[j].kind == .number || (tokens[j].kind == .word && tokens[j].gap != .none)
                || (tokens[j].kind == .symbol && NumberSymbols.isMinus(tokens[j].symbol)) else { return nil }
        return (code, j)
    }

    /// The far end of a range after `a`: `-30`, `–3,000`, `to 30`, `or three`.
    /// `start`: where the figure starts (`from 20 to 30` is a change, not a range).
    func rangeEnd(after a: NumberAmount, currency: Bool, start: Int) -> NumberAmount? {
        let k = a.end
        guard let low = a.value, k + 1 < count, onLine(k), onLine(k + 1), a.suffix == nil || a.suffix == .percent
        else { return nil }
        if isDash(k), a.digits {
            let gluedBoth = glued(k) && glued(k + 1)
            let spaced = tokens[k].symbol == 0x2013 && !glued(k) && !glued(k + 1)
            guard gluedBoth || spaced else { return nil }
            var j = k + 1
            if currency, tokens[j].kind == .symbol, NumberSymbols.currencies[tokens[j].symbol] != nil { j += 1 }
            guard j < count, tokens[j].kind == .number,
                  let b = digitAmount(at: j, currency: currency, checkContext: false), b.value != nil else { return nil }
            return b
        }
        if isWord(k, NumberKeys.to), a.suffix == nil, !isWord(start - 1, NumberKeys.from) {
            var j = k + 1
            if currency, tokens[j].kind == .symbol, NumberSymbols.currencies[tokens[j].symbol] != nil { j += 1 }
            guard let b = amount(at: j, currency: currency, checkContext: false), let high = b.value,
                  b.digits == a.digits, b.suffix == nil || b.suffix == .percent else { return nil }
            let scaledLow = a.scaled ? low : low * b.scale
            return scaledLow < high ? b : nil
        }
        if isWord(k, NumberKeys.or), !a.scaled {
            guard let b = amount(at: k + 1, currency: currency, checkContext: false), let high = b.value,
                  b.digits == a.digits, !b.fraction, b.suffix == nil, high > low else { return nil }
            return b
        }
        return nil
    }

    /// `17-18`, `2-1`, `6-3` as a score rather than a range: descending or
    /// equal, or near a word like `won`, or between two names.
    func isScore(_ a: NumberAmount, _ b: NumberAmount) -> Bool {
        guard a.plain, b.plain, let x = a.value, let y = b.value, x <= 200, y <= 200, a.end + 1 == b.start
        else { return false }
        if y <= x { return true }
        let before = a.start - 1, after = b.end
        if before >= 0, after < count, onLine(after), tokens[before].kind == .word, tokens[before].isCapitalised,
           tokens[after].kind == .word, tokens[after].isCapitalised { return true }
        // A sports word in the same sentence, at most eight tokens away.
        var k = a.start - 1
        while k >= 0 && k >= a.start - 8 && !endsSentence(k) {
            if hasRole(k, .sports) { return true }
            k -= 1
        }
        k = b.end
        while k < count && k < b.end + 8 && !endsSentence(k) {
            if hasRole(k, .sports) { return true }
            k += 1
        }
        return false
    }

    /// Token `k` is `.`, `!` or `?`, or starts a new line.
    func endsSentence(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.gap == .lineBreak { return true }
        return t.kind == .symbol && (t.symbol == 0x2E || t.symbol == 0x21 || t.symbol == 0x3F)
    }

    /// `10-day`, `22-year-old`, `100-metre`, `twenty-first`; `one-way` is no
    /// number; `10-strong` is the count alone.
    func hyphenCompound(_ a: NumberAmount) -> NumberMatch? {
        let k = a.end
        guard a.suffix == nil, isDash(k), glued(k), glued(k + 1), k + 1 < count, tokens[k + 1].kind == .word
        else { return nil }
        let w = word(k + 1)
        if let w, w.isDuration {
            var end = k + 2
            if isDash(end), glued(end), glued(end + 1), isWord(end + 1, NumberKeys.old) { end += 2 }
            return NumberMatch(start: a.start, end: end, kind: .date, value: a.value, unit: unitText(k + 1, k + 2))
        }
        if let w, w.isMeasure {
            return NumberMatch(start: a.start, end: k + 2, kind: .measure, value: a.value, unit: unitText(k + 1, k + 2))
        }
        if let w, let o = w.ordinal, o < 10, !a.digits, let v = a.value, v >= 20, v < 100,
           v.truncatingRemainder(dividingBy: 10) == 0 {
            return NumberMatch(start: a.start, end: k + 2, kind: .ordinal, value: v + o)
        }
        if a.loneOne || tokens[k + 1].isCapitalised { return nil }
        if a.fraction { return nil }
        return NumberMatch(start: a.start, end: a.end, kind: .count, value: a.value)
    }
}
