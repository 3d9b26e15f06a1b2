/// Deciding what an amount is from what is glued to it and what follows:
/// percent, money, date, duration, measure or count.
extension NumberParser {
    /// The figure of the amount `low` (and `high`, the far end of a range,
    /// or `low` again), read from its glued suffix and the words after it.
    func classify(low: NumberAmount, high: NumberAmount, qualified: Bool) -> NumberMatch? {
        let start = low.start
        let k = high.end
        var m = NumberMatch(start: start, end: k, kind: .count, value: low.value)
        m.scale = low.scale
        if let suffix = high.suffix { return classify(suffix: suffix, low: low, high: high) }

        if let end = percentAfter(k) {
            m.kind = .percent
            m.unit = "%"
            m.end = end
            return m
        }
        if let (code, factor, end) = currencySuffix(at: k) {
            m.kind = .money
            m.unit = code
            m.value = low.value.map { $0 * factor }
            m.end = end
            return m
        }
        if high.gluedM { return metresOrMillions(low: low, high: high) }
        if let date = dayMonth(low: low, high: high) { return date }
        if let date = clockWithoutColon(low: low, high: high) { return date }
        if let (end, unit) = durationAfter(k) {
            m.kind = .date
            m.end = end
            m.unit = unit
            return m
        }
        if let (end, unit) = measureAfter(k) {
            m.kind = .measure
            m.end = end
            m.unit = unit
            return m
        }
        if !qualified, let date = year(low: low, high: high) { return date }
        if low.digits && low.plain && high.start == low.start, let v = low.value, v >= 0, v < 130,
           isAge(low) {
            m.kind = .date
            m.unit = "years"
            return m
        }
        // A count.
        if low.loneOne && high.start == low.start && isPronounOne(low.start) { return nil }
        if low.digits && high.start == low.start && low.plain && afterName(low.start) { return nil }
        m.unit = countNoun(at: k)
        return m
    }

    /// A number with a glued suffix: `5pc`, `27c`, `3cm`, `-3C`, `21st`,
    /// `1990s`, `4x100m`.
    func classify(suffix: NumberSuffix, low: NumberAmount, high: NumberAmount) -> NumberMatch? {
        var m = NumberMatch(start: low.start, end: high.end, kind: .count, value: low.value)
        switch suffix {
        case .percent:
            m.kind = .percent
            m.unit = "%"
        case .cents, .pence:
            m.kind = .money
            m.unit = suffix == .cents ? "USD" : "GBP"
            m.value = low.value.map { $0 * 0.01 }
        case .measure:
            m.kind = .measure
            var end = high.end
            if isSymbol(end, NumberSymbols.slash), glued(end), glued(end + 1), isWord(end + 1, NumberKeys.h) { end += 2 }
            m.unit = unitText(high.suffixToken, end)
            m.end = end
        case .temperature:
            m.kind = .measure
            m.unit = unitText(high.suffixToken, high.end)
        case .clock:
            return clockTime(low)
        case .ordinal:
            if low.start == high.start, let date = dayMonth(low: low, high: high) { return date }
            guard low.start == high.start, !low.hasDecimal, low.value.map({ $0 >= 0 }) ?? false else { return nil }
            m.kind = .ordinal
        case .decade:
            guard low.start == high.start, let v = low.value, !low.hasDecimal, v >= 0,
                  v.truncatingRemainder(dividingBy: 10) == 0, low.integerDigits == 2 || low.integerDigits == 4
            else { return nil }
            m.kind = .date
        case .relay:
            let j = high.end
            guard glued(j), j < count, tokens[j].kind == .number, let s = suffixWord(j)?.suffix,
                  s == .scale(1e6) || s == .measure else { return nil }
            m.kind = .measure
            m.end = j + 1
            m.value = tokens[j].value.isNaN ? nil : tokens[j].value
            m.unit = unitText(j, j + 1)
        case .scale:
            return nil
        }
        if low.start != high.start && m.qualifier == nil { m.qualifier = "range" }
        return m
    }

    /// `%`, `per cent`, `percent`, `pct`, `percentage points` at `k`: where it ends.
    func percentAfter(_ k: Int) -> Int? {
        guard onLine(k), k < count else { return nil }
        if isSymbol(k, NumberSymbols.percent) { return k + 1 }
        guard tokens[k].gap == .space, tokens[k].kind == .word else { return nil }
        let key = tokens[k].key
        if key == NumberKeys.per, isWord(k + 1, NumberKeys.cent), onLine(k + 1) { return k + 2 }
        if key == NumberKeys.percent || key == NumberKeys.pct { return k + 1 }
        if key == NumberKeys.percentage, onLine(k + 1), isWord(k + 1, NumberKeys.point) || isWord(k + 1, NumberKeys.points) {
            return k + 2
        }
        return nil
    }

    /// A currency after an amount: `euros`, `dlrs`, `cents`, `Australian
    /// dollars`, `Hong Kong dollars`, `USD`: its code, factor and end.
    func currencySuffix(at k: Int) -> (String, Double, Int)? {
        guard onLine(k), k < count, tokens[k].gap == .space, let w = word(k) else { return nil }
        if let code = w.currency, tokens[k].letterCase != .upper {
            if tokens[k].key == NumberKeys.rs && tokens[k].letterCase != .capitalised { return nil }
            return (code.string, w.currencyFactor, k + 1)
        }
        if let code = w.isoCode, tokens[k].letterCase == .upper { return (code.string, 1, k + 1) }
        var j = k
        if tokens[k].key == NumberKeys.hong || tokens[k].key == NumberKeys.new { j += 1 }
        if tokens[k].isCapitalised, onLine(j), let code = word(j)?.currencyAdjective, tokens[j].isCapitalised,
           onLine(j + 1), let c = word(j + 1), c.currency != nil, c.currencyFactor == 1 {
            return (code.string, 1, j + 2)
        }
        return nil
    }

    /// `600m` with no currency: millions before a counted noun or with a
    /// decimal (`1.6m voters`, `1.1m`), else metres (`100m`, `1500m`).
    func metresOrMillions(low: NumberAmount, high: NumberAmount) -> NumberMatch? {
        let k = high.end
        var m = NumberMatch(start: low.start, end: k, kind: .count, value: low.value)
        m.scale = 1e6
        if low.start != high.start { m.qualifier = "range" }
        if let (end, unit) = measureAfter(k) {
            m.kind = .measure
            m.end = end
            m.unit = unit
            return m
        }
        let noun = countNoun(at: k)
        if high.hasDecimal || (noun != nil && !hasRole(k, .notMillions)) {
            m.unit = noun
            return m
        }
        m.kind = .measure
        m.unit = "m"
        m.value = low.unscaledValue
        m.scale = 1
        return m
    }

    /// A duration noun at `k` (`years`, `months`): where it ends and the noun.
    func durationAfter(_ k: Int) -> (Int, String)? {
        guard onLine(k), k < count, tokens[k].gap == .space, tokens[k].letterCase == .lower,
              let w = word(k), w.isDuration else { return nil }
        var end = k + 1
        if isWord(end, NumberKeys.old), onLine(end) { end += 1 }
        return (end, unitText(k, k + 1))
    }

    /// A measure unit at `k` (`miles`, `square miles`, `degrees C`, `°C`).
    func measureAfter(_ k: Int) -> (Int, String)? {
        guard onLine(k), k < count else { return nil }
        if isSymbol(k, NumberSymbols.degree) {
            var end = k + 1
            if glued(end), end < count, tokens[end].kind == .word, tokens[end].letterCase == .capitalised,
               tokens[end].key == NumberKeys.c || tokens[end].key == NumberKeys.f { end += 1 }
            return (end, end > k + 1 ? unitText(k + 1, end) : "degrees")
        }
        guard tokens[k].gap == .space, tokens[k].kind == .word, tokens[k].letterCase != .upper || isUnitAbbreviation(k),
              let w = word(k) else { return nil }
        var end = k + 1
        if w.roles.contains(.measurePrefix) {
            guard onLine(k + 1), let u = word(k + 1), u.isMeasure else { return nil }
            end = k + 2
        } else if !w.isMeasure {
            return nil
        }
        if tokens[end - 1].key == NumberWordKey("degrees") || tokens[end - 1].key == NumberWordKey("degree"),
           onLine(end), end < count, tokens[end].kind == .word,
           [NumberKeys.celsius, NumberKeys.fahrenheit, NumberKeys.c, NumberKeys.f].contains(tokens[end].key), tokens[end].isCapitalised {
            end += 1
        }
        return (end, unitText(k, end))
    }

    /// Upper-case unit abbreviations that are still units: `GB`, `MW`, `KM`.
    func isUnitAbbreviation(_ k: Int) -> Bool {
        tokens[k].byteEnd - tokens[k].byteStart <= 4
    }

    /// A plain four-digit number read as a year, a year range (`2003-04`,
    /// `1999-2000`), a decade (`1980's`) or an hour (`2010 GMT`).
    func year(low: NumberAmount, high: NumberAmount) -> NumberMatch? {
        guard low.plain, low.integerDigits == 4, let v = low.value, v >= 0 else { return nil }
        var m = NumberMatch(start: low.start, end: high.end, kind: .date, value: v)
        let k = high.end
        if low.start == high.start, onLine(k), hasRole(k, .timeZone), tokens[k].letterCase == .upper,
           v.truncatingRemainder(dividingBy: 100) < 60, v < 2400 {
            m.end = k + 1
            m.value = (v / 100).rounded(.down) + v.truncatingRemainder(dividingBy: 100) / 60
            return m
        }
        let context = low.start > 0 && onLine(low.start) && hasRole(low.start - 1, .yearContext)
        guard (v >= 1800 && v <= 2100) || (context && v >= 1000 && v < 2200) else { return nil }
        if low.start != high.start {
            guard high.plain, high.integerDigits == 2 || high.integerDigits == 4 else { return nil }
            m.qualifier = "range"
            return m
        }
        if v.truncatingRemainder(dividingBy: 10) == 0, k + 1 < count, glued(k), tokens[k].kind == .symbol,
           NumberSymbols.isApostrophe(tokens[k].symbol), glued(k + 1), isWord(k + 1, NumberKeys.s) {
            m.end = k + 2
            return m
        }
        if hasRole(k, .countNoun) && onLine(k) && !context { return nil }
        return m
    }

    /// `aged 36`: an age. (`Holmes, 34,` stays a count, as annotators mostly
    /// mark it.)
    func isAge(_ a: NumberAmount) -> Bool {
        let i = a.start
        return i > 0 && onLine(i) && hasRole(i - 1, .age)
    }

    /// The noun a count counts: the next word when it is a lower-case plural.
    func countNoun(at k: Int) -> String? {
        guard onLine(k), k < count, tokens[k].kind == .word, tokens[k].gap == .space, tokens[k].letterCase == .lower
        else { return nil }
        let t = tokens[k]
        if let w = word(k) {
            if w.roles.contains(.countNoun) { return unitText(k, k + 1) }
            if w.roles.contains(.notCountNoun) || w.multitude != nil || w.isDuration || w.isMeasure
                || w.currency != nil { return nil }
        }
        let length = t.byteEnd - t.byteStart
        guard length >= 3, t.byteEnd <= bytes.count, bytes[t.byteEnd - 1] == 0x73 else { return nil }
        let before = bytes[t.byteEnd - 2]
        if before == 0x73 || before == 0x75 || before == 0x69 || before == 0x27 { return nil }
        for b in bytes[t.byteStart..<t.byteEnd] where b >= 0x80 { return nil }
        return unitText(k, k + 1)
    }
}
