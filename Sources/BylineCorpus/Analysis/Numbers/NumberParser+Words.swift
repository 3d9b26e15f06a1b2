/// Amounts spelled out: `twenty-five`, `a million`, `two-thirds`, `hundreds
/// of thousands`, `several hundred`, `half a million`.
extension NumberParser {
    /// The spelled amount starting at word `i`, if any.
    func spelledAmount(at i: Int, currency: Bool) -> NumberAmount? {
        guard i < count, tokens[i].kind == .word, let w = word(i) else { return nil }
        let t = tokens[i]
        if t.isCapitalised && !sentenceStart(i) && !w.roles.contains(.qualifier) && !w.roles.contains(.vague)
            && t.key != NumberKeys.a && t.key != NumberKeys.an { return nil }
        if t.key == NumberKeys.a || t.key == NumberKeys.an { return articleAmount(at: i) }
        if let m = w.multitude { return multitude(at: i, m) }
        if w.roles.contains(.vague) && t.key != NumberKeys.some, onLine(i + 1), let n = word(i + 1),
           let m = n.multiplier, !n.isShortScale {
            var a = NumberAmount(from: i, to: i + 2, value: m)
            a.qualifier = "approximate"
            a.scaled = true
            return a
        }
        if t.key == NumberKeys.half { return half(at: i) }
        guard w.cardinal != nil else { return nil }
        return cardinal(at: i, currency: currency)
    }

    /// `a million`, `a dozen`, `a hundred thousand`, `a third of`, `a few hundred`.
    func articleAmount(at i: Int) -> NumberAmount? {
        guard onLine(i + 1), tokens[i + 1].kind == .word, let n = word(i + 1) else { return nil }
        if let m = n.multiplier, !n.isShortScale {
            var a = NumberAmount(from: i, to: i + 2, value: m)
            a.scaled = true
            if onLine(i + 2), let n2 = word(i + 2), let m2 = n2.multiplier, !n2.isShortScale, m2 > m {
                a.value = m * m2
                a.end = i + 3
            }
            return a
        }
        if tokens[i].key == NumberKeys.a, tokens[i + 1].key == NumberKeys.third || tokens[i + 1].key == NumberKeys.quarter,
           let d = n.denominator {
            let next = i + 2
            let ofFollows = isWord(next, NumberKeys.of) && onLine(next)
            let wordFollows = onLine(next) && tokens[next].kind == .word && tokens[next].gap != .none
            guard ofFollows || !wordFollows else { return nil }
            var a = NumberAmount(from: i, to: i + 2, value: (10_000 / d).rounded() / 10_000)
            a.fraction = true
            return a
        }
        if tokens[i + 1].key == NumberKeys.few, onLine(i + 2), let n2 = word(i + 2), let m = n2.multiplier,
           !n2.isShortScale {
            var a = NumberAmount(from: i, to: i + 3, value: m)
            a.qualifier = "approximate"
            a.scaled = true
            return a
        }
        return nil
    }

    /// `hundreds`, `thousands`, `dozens`, `tens of thousands`, `hundreds of millions`.
    func multitude(at i: Int, _ m: Double) -> NumberAmount? {
        var a = NumberAmount(from: i, to: i + 1, value: m)
        a.qualifier = "lower bound"
        if isWord(i + 1, NumberKeys.of), onLine(i + 1), onLine(i + 2), let m2 = word(i + 2)?.multitude, m2 > m {
            a.value = m * m2
            a.end = i + 3
        } else if tokens[i].key == NumberKeys.tens {
            return nil
        }
        return a
    }

    /// `half` where it is an amount: `half of`, `half the`, `half a million`,
    /// `by half`; not `second half`, `half-time`.
    func half(at i: Int) -> NumberAmount? {
        if glued(i) && i > 0 && tokens[i - 1].kind == .symbol { return nil }
        if glued(i + 1) && isDash(i + 1) { return nil }
        var a = NumberAmount(from: i, to: i + 1, value: 0.5)
        a.fraction = true
        if i > 0, onLine(i), isWord(i - 1, NumberKeys.by) { return a }
        guard onLine(i + 1), i + 1 < count, tokens[i + 1].kind == .word,
              NumberKeys.halfFollowers.contains(tokens[i + 1].key) else { return nil }
        if (isWord(i + 1, NumberKeys.a) || isWord(i + 1, NumberKeys.an)), onLine(i + 2), let n = word(i + 2),
           let m = n.multiplier, !n.isShortScale {
            a.value = m / 2
            a.end = i + 3
            a.fraction = false
            a.scaled = true
        }
        return a
    }

    /// Composed cardinal words: `eight`, `twenty-five`, `two hundred and
    /// fifty thousand`, `two million`, `two dozen`, `two-thirds`, `two and a half`.
    func cardinal(at i: Int, currency: Bool) -> NumberAmount? {
        enum State { case start, unit, tens, hundred, scale }
        var total = 0.0, group = 0.0
        var state = State.start
        var lastScale = Double.infinity
        var j = i
        var words = 0
        while j < count, j == i || onLine(j), tokens[j].kind == .word, let w = word(j) {
            if let c = w.cardinal {
                if state == .unit { break }
                if state == .tens && (c >= 10 || c == 0) { break }
                if w.isTens, isDash(j + 1), glued(j + 1), glued(j + 2), let u = word(j + 2)?.cardinal, u >= 1, u <= 9 {
                    group += c + u
                    j += 3
                    state = .unit
                } else {
                    group += c
                    j += 1
                    state = w.isTens ? .tens : .unit
                }
            } else if tokens[j].key == NumberKeys.hundred, state == .unit || state == .tens, group > 0, group < 100 {
                group *= 100
                state = .hundred
                j += 1
            } else if tokens[j].key == NumberKeys.dozen, state == .unit || state == .tens, group > 0 {
                group *= 12
                state = .hundred
                j += 1
            } else if let m = w.multiplier, !w.isShortScale, m >= 1000, m < lastScale, group > 0,
                      state != .start {
                total += group * m
                group = 0
                lastScale = m
                state = .scale
                j += 1
            } else if tokens[j].key == NumberKeys.and, state == .hundred || state == .scale, onLine(j + 1),
                      word(j + 1)?.cardinal != nil, tokens[j + 1].key != NumberKeys.one || state == .hundred {
                j += 1
                state = .start
            } else {
                break
            }
            words += 1
        }
        guard state != .start || words > 0, j > i else { return nil }
        var a = NumberAmount(from: i, to: j, value: total + group)
        a.scaled = lastScale.isFinite
        a.loneOne = j == i + 1 && tokens[i].key == NumberKeys.one
        if !a.scaled, let f = fraction(after: j, numerator: group) {
            a.value = f.value
            a.end = f.end
            a.fraction = true
            a.loneOne = false
            return a
        }
        if let end = andAHalf(at: a.end) {
            a.value = a.value.map { $0 + 0.5 }
            a.end = end
            a.loneOne = false
        }
        if !a.scaled, let m = multiplierWord(at: a.end, currency: currency), m >= 1000 {
            a.applyScale(m)
            a.end += 1
            a.loneOne = false
        }
        return a
    }

    /// A denominator after a numerator: `-thirds`, ` quarters`, ` third`.
    func fraction(after j: Int, numerator: Double) -> (value: Double, end: Int)? {
        guard numerator >= 1, numerator < 100 else { return nil }
        var k = j
        if isDash(k), glued(k), glued(k + 1) { k += 1 } else if !onLine(k) { return nil }
        guard k < count, tokens[k].kind == .word, let d = word(k)?.denominator, d > numerator || d == 100 else {
            return nil
        }
        let plural = bytes[tokens[k].byteEnd - 1] == 0x73
        guard plural == (numerator > 1) else { return nil }
        if !plural, isDash(k + 1), glued(k + 1) { return nil }
        return ((numerator / d * 10_000).rounded() / 10_000, k + 1)
    }
}
