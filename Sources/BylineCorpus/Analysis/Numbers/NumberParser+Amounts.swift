/// Amounts: numbers in digits, with sign, separators, scale words and glued
/// suffixes (`-3`, `1,000`, `1.5 million`, `600m`).
extension NumberParser {
    /// The amount starting at `i`, in digits or words. `currency`: a currency
    /// sign came before, so a lone `m` or `k` is a scale.
    func amount(at i: Int, currency: Bool, checkContext: Bool = true) -> NumberAmount? {
        if let a = digitAmount(at: i, currency: currency, checkContext: checkContext) { return a }
        return spelledAmount(at: i, currency: currency)
    }

    // MARK: Digits

    /// The amount in digits starting at `i` (a `-` sign, the number, any
    /// glued suffix, then `and a half` and a multiplier word), if any.
    func digitAmount(at i: Int, currency: Bool, checkContext: Bool = true) -> NumberAmount? {
        guard i < count else { return nil }
        var j = i
        var sign = 1.0
        if tokens[j].kind == .symbol {
            guard NumberSymbols.isMinus(tokens[j].symbol), j + 1 < count, tokens[j + 1].kind == .number, glued(j + 1),
                  signable(j) else { return nil }
            sign = -1
            j += 1
        }
        let t = tokens[j]
        guard t.kind == .number else { return nil }
        if checkContext && sign > 0 && identifierContext(j) { return nil }
        if followedByIdentifier(j) { return nil }
        var a = NumberAmount(start: i, end: j + 1)
        a.digits = true
        a.integerDigits = Int(t.integerDigits)
        a.hasDecimal = t.fractionDigits > 0
        a.value = t.value.isNaN ? nil : sign * t.value
        a.unscaledValue = a.value
        if t.hasSuffix {
            guard let suffix = suffixWord(j)?.suffix else { return nil }
            switch suffix {
            case .scale(let m):
                a.applyScale(m)
                a.gluedM = t.key == NumberKeys.m
            case .cents where t.letterCase != .lower:
                a.suffix = .temperature
            case .temperature where t.letterCase == .lower:
                return nil
            default:
                a.suffix = suffix
            }
            a.suffixToken = j
        } else {
            a.plain = !t.hasSeparator && t.fractionDigits == 0 && !t.hasExponent
            if let end = andAHalf(at: a.end) {
                a.value = a.value.map { $0 + 0.5 }
                a.end = end
                a.plain = false
            }
            if let m = multiplierWord(at: a.end, currency: currency) {
                a.applyScale(m)
                a.end += 1
                a.plain = false
            }
        }
        return a
    }

    /// A `-` at `k` may be a minus sign: it starts a line or follows a space
    /// or an opening bracket, rather than gluing two words.
    func signable(_ k: Int) -> Bool {
        if k == 0 || tokens[k].gap != .none { return true }
        let p = tokens[k - 1]
        return p.kind == .symbol && (p.symbol == 0x28 || p.symbol == 0x5B || p.symbol == 0x22 || p.symbol == 0x201C)
    }

    /// Number `j` is glued to letters or to path and address symbols before
    /// it: `MP3`, `A15`, `M-4`, `v1.2`, `/2005/`.
    func identifierContext(_ j: Int) -> Bool {
        guard j > 0, tokens[j].gap == .none else { return false }
        let p = tokens[j - 1]
        switch p.kind {
        case .word, .number, .other:
            return true
        case .symbol:
            if NumberSymbols.joinsIdentifier(p.symbol) { return true }
            if NumberSymbols.isDash(p.symbol), j >= 2, tokens[j - 1].gap == .none {
                let q = tokens[j - 2]
                if q.kind == .word { return !hasRole(j - 2, .yearPrefix) }
                return q.kind == .number || q.kind == .other
            }
            return false
        }
    }

    /// Number `j` is glued to a following `/`, `_` or `@` and more: `24/7`.
    func followedByIdentifier(_ j: Int) -> Bool {
        let k = j + 1
        guard k + 1 < count, glued(k), tokens[k].kind == .symbol, glued(k + 1) else { return false }
        switch tokens[k].symbol {
        case 0x2F, 0x5F, 0x40, 0x5C: return tokens[k + 1].kind != .symbol
        default: return false
        }
    }

    /// A multiplier word at `k`: `million`, `bn`, `mln`, `crore`, `dozen`; `m`
    /// and `k` only after a currency.
    func multiplierWord(at k: Int, currency: Bool) -> Double? {
        guard onLine(k), tokens[k].gap == .space, let w = word(k), let m = w.multiplier else { return nil }
        if w.isShortScale && !currency { return nil }
        return m
    }

    /// `and a half` at `k`: where it ends.
    func andAHalf(at k: Int) -> Int? {
        guard isWord(k, NumberKeys.and), onLine(k), isWord(k + 1, NumberKeys.a), onLine(k + 1), isWord(k + 2, NumberKeys.half),
              onLine(k + 2) else { return nil }
        return k + 3
    }
}

/// Building amounts.
extension NumberAmount {
    /// An amount over tokens `start..<end` with `value`.
    init(from start: Int, to end: Int, value: Double?) {
        self.init(start: start, end: end)
        self.value = value
        self.unscaledValue = value
    }

    /// Multiplies the value by the multiplier `m` (`million`, `bn`, `m`).
    mutating func applyScale(_ m: Double) {
        value = value.map { $0 * m }
        if let v = value, !v.isFinite { value = nil }
        scaled = true
        scale = m
    }
}
