/// Calendar dates and clock times: `June 30`, `30 June 2005`, `Sept. 11`,
/// `June 2005`, `4:00pm`, `10am`, `16:30 GMT`, `27/03/2005`, `'90s`.
extension NumberParser {
    /// `June 30`, `Sept. 11, 2001`, `June 2005` starting at the month `i`.
    func monthDate(at i: Int) -> NumberMatch? {
        guard tokens[i].isCapitalised else { return nil }
        var j = i + 1
        if isSymbol(j, NumberSymbols.period), glued(j) { j += 1 }
        guard onLine(j), j < count, tokens[j].kind == .number, tokens[j].gap == .space else { return nil }
        let t = tokens[j]
        guard !t.hasSeparator, t.fractionDigits == 0, !t.hasExponent, !t.value.isNaN else { return nil }
        if t.integerDigits == 4, !t.hasSuffix {
            guard t.value >= 1000, t.value < 2200 else { return nil }
            return NumberMatch(start: i, end: j + 1, kind: .date, value: t.value)
        }
        guard t.integerDigits <= 2, t.value >= 1, t.value <= 31 else { return nil }
        if t.hasSuffix, suffixWord(j)?.suffix != .ordinal { return nil }
        if followedByIdentifier(j) { return nil }
        var end = j + 1
        var value: Double?
        if let (yearEnd, year) = yearAfter(end) {
            end = yearEnd
            value = year
        }
        return NumberMatch(start: i, end: end, kind: .date, value: value)
    }

    /// `30 June`, `11 September 2001`, `27th March` after a day amount.
    func dayMonth(low: NumberAmount, high: NumberAmount) -> NumberMatch? {
        guard low.start == high.start, low.digits, !low.hasDecimal, low.integerDigits <= 2, !low.scaled,
              let v = low.value, v >= 1, v <= 31, low.suffix == nil || low.suffix == .ordinal else { return nil }
        let k = low.end
        guard onLine(k), k < count, tokens[k].gap == .space, tokens[k].isCapitalised, word(k)?.month != nil
        else { return nil }
        var end = k + 1
        if isSymbol(end, NumberSymbols.period), glued(end), tokens[k].byteEnd - tokens[k].byteStart <= 4 { end += 1 }
        var value: Double?
        if let (yearEnd, year) = yearAfter(end) {
            end = yearEnd
            value = year
        }
        if value == nil && end == k + 2 { end = k + 1 }
        return NumberMatch(start: low.start, end: end, kind: .date, value: value)
    }

    /// A year after a day: ` 2001` or `, 2001`.
    func yearAfter(_ k: Int) -> (Int, Double)? {
        var j = k
        if isSymbol(j, NumberSymbols.comma), glued(j), onLine(j) { j += 1 }
        guard onLine(j), j < count, tokens[j].gap == .space, tokens[j].isPlainInteger, tokens[j].integerDigits == 4,
              tokens[j].value >= 1000, tokens[j].value < 2200 else { return nil }
        return (j + 1, tokens[j].value)
    }

    /// `4:00pm`, `16:30 GMT`, `10am`, `4.30pm`: value the hour of the day.
    func clockTime(_ a: NumberAmount) -> NumberMatch? {
        guard a.digits, a.integerDigits <= 2, !a.scaled, let v = a.value, v >= 0 else { return nil }
        let hour = v.rounded(.down)
        var minutes = 0.0
        var end = a.end
        var pm: Bool?
        let k = a.end
        if a.plain, isSymbol(k, NumberSymbols.colon), glued(k), glued(k + 1), k + 1 < count {
            let t = tokens[k + 1]
            guard t.kind == .number, t.integerDigits == 2, t.fractionDigits == 0, !t.hasSeparator, t.value < 60,
                  hour <= 24 else { return nil }
            minutes = t.value
            end = k + 2
            if t.hasSuffix {
                guard case .clock(let p)? = suffixWord(k + 1)?.suffix else { return nil }
                pm = p
            }
        } else if case .clock(let p)? = a.suffix {
            pm = p
            minutes = ((v - hour) * 100).rounded()
        } else {
            return nil
        }
        if pm == nil, let (p, e) = meridiem(at: end) {
            pm = p
            end = e
        }
        if pm != nil && (hour > 12 || minutes >= 60) { return nil }
        return clock(start: a.start, end: end, hour: hour, minutes: minutes, pm: pm)
    }

    /// `10 am`, `4.30 p.m.`, `2010 GMT`-less forms: a number then a meridiem.
    func clockWithoutColon(low: NumberAmount, high: NumberAmount) -> NumberMatch? {
        guard low.start == high.start, !low.scaled, low.integerDigits <= 2, let v = low.value, v >= 0, v < 13
        else { return nil }
        let k = low.end
        if onLine(k), isWord(k, NumberKeys.o), glued(k + 1), k + 1 < count, tokens[k + 1].kind == .symbol,
           NumberSymbols.isApostrophe(tokens[k + 1].symbol), glued(k + 2), isWord(k + 2, NumberKeys.clock) {
            return clock(start: low.start, end: k + 3, hour: v, minutes: 0, pm: nil)
        }
        guard let (pm, end) = meridiem(at: k) else { return nil }
        let hour = v.rounded(.down)
        let minutes = ((v - hour) * 100).rounded()
        guard minutes < 60 else { return nil }
        return clock(start: low.start, end: end, hour: hour, minutes: minutes, pm: pm)
    }

    /// A clock time as a DATE whose value is the hour of the day, with any
    /// time zone after it in the span.
    func clock(start: Int, end: Int, hour: Double, minutes: Double, pm: Bool?) -> NumberMatch {
        var h = hour
        if pm == true && h < 12 { h += 12 }
        if pm == false && h == 12 { h = 0 }
        var e = end
        if onLine(e), hasRole(e, .timeZone), tokens[e].letterCase == .upper { e += 1 }
        return NumberMatch(start: start, end: e, kind: .date, value: h + minutes / 60)
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at `k`: whether afternoon, and where it ends.
    func meridiem(at k: Int) -> (Bool, Int)? {
        guard onLine(k), k < count, tokens[k].kind == .word, tokens[k].gap != .lineBreak else { return nil }
        if hasRole(k, .meridiem), tokens[k].letterCase != .capitalised {
            return (tokens[k].key == NumberWordKey("pm"), k + 1)
        }
        let key = tokens[k].key
        guard key == NumberKeys.a || key == NumberKeys.p, tokens[k].letterCase == .lower, isSymbol(k + 1, NumberSymbols.period),
              glued(k + 1), isWord(k + 2, NumberKeys.m), glued(k + 2) else { return nil }
        var end = k + 3
        if isSymbol(end, NumberSymbols.period), glued(end) { end += 1 }
        return (key == NumberKeys.p, end)
    }

    /// `27/03/2005`, `3/27/05`: one DATE.
    func slashDate(at i: Int) -> NumberMatch? {
        let k = i + 1
        guard tokens[i].isPlainInteger, tokens[i].integerDigits <= 4, !identifierContext(i),
              isSymbol(k, NumberSymbols.slash), glued(k), glued(k + 1), k + 3 < count,
              tokens[k + 1].isPlainInteger, tokens[k + 1].integerDigits <= 2, isSymbol(k + 2, NumberSymbols.slash),
              glued(k + 2), glued(k + 3), tokens[k + 3].isPlainInteger else { return nil }
        let y = tokens[k + 3]
        guard y.integerDigits == 2 || y.integerDigits == 4 else { return nil }
        let year = y.integerDigits == 4 ? y.value : nil
        if followedByIdentifier(k + 3) { return nil }
        return NumberMatch(start: i, end: k + 4, kind: .date, value: year)
    }

    /// `'90s`: a decade with its apostrophe.
    func shortDecade(at i: Int) -> NumberMatch? {
        let j = i + 1
        guard j < count, glued(j), tokens[j].kind == .number, tokens[j].integerDigits == 2,
              tokens[j].fractionDigits == 0, suffixWord(j)?.suffix == .decade, tokens[j].key == NumberKeys.s,
              i == 0 || tokens[i].gap != .none else { return nil }
        let v = tokens[j].value
        guard v.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
        return NumberMatch(start: i, end: j + 1, kind: .date, value: 1900 + v)
    }
}
