/// The hand-written number grammar over `NumberToken`s.
///
/// `matches()` walks the tokens once, left to right; at each token it tries
/// the figures that can start there, with a small bounded lookahead, and
/// skips past what it recognised, so matches come in order and never overlap.
struct NumberParser {
    let tokens: [NumberToken]
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: [NumberWord]
    let count: Int

    /// A parser over `tokens`, cut from `bytes`.
    init(tokens: [NumberToken], bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.bytes = bytes
        self.lexicon = NumberLexicon.entries
        self.count = tokens.count
    }

    /// All figures, in text order, never overlapping.
    func matches() -> [NumberMatch] {
        var out: [NumberMatch] = []
        var i = 0
        while i < count {
            if let m = match(at: i), m.end > i {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The figure starting at token `i`, if any.
    func match(at i: Int) -> NumberMatch? {
        let t = tokens[i]
        switch t.kind {
        case .other:
            return nil
        case .symbol:
            guard NumberSymbols.currencies[t.symbol] != nil || NumberSymbols.isMinus(t.symbol) || NumberSymbols.isApostrophe(t.symbol)
            else { return nil }
            if NumberSymbols.isApostrophe(t.symbol) { return shortDecade(at: i) }
            return quantity(at: i)
        case .number:
            return quantity(at: i)
        case .word:
            guard t.lexicon >= 0 else { return nil }
            let w = lexicon[Int(t.lexicon)]
            if w.roles.contains(.qualifier), let m = qualified(at: i) { return m }
            if w.month != nil, let m = monthDate(at: i) { return m }
            if t.key == NumberKeys.number || t.key == NumberKeys.no, let m = rank(at: i) { return m }
            if let m = quantity(at: i) { return m }
            if w.ordinal != nil { return ordinalWord(at: i) }
            return nil
        }
    }

    // MARK: Token helpers

    /// Token `k` exists and continues the line of the token before it.
    @inline(__always) func onLine(_ k: Int) -> Bool {
        k >= 0 && k < count && tokens[k].gap != .lineBreak
    }

    /// Token `k` exists and is glued to the token before it.
    @inline(__always) func glued(_ k: Int) -> Bool {
        k > 0 && k < count && tokens[k].gap == .none
    }

    /// Token `k` is the word `key` (any case).
    @inline(__always) func isWord(_ k: Int, _ key: NumberWordKey) -> Bool {
        k >= 0 && k < count && tokens[k].kind == .word && tokens[k].key == key
    }

    /// Token `k` is the symbol `scalar`.
    @inline(__always) func isSymbol(_ k: Int, _ scalar: UInt32) -> Bool {
        k >= 0 && k < count && tokens[k].kind == .symbol && tokens[k].symbol == scalar
    }

    /// Token `k` is `-`, `–` or `−`.
    @inline(__always) func isDash(_ k: Int) -> Bool {
        k >= 0 && k < count && tokens[k].kind == .symbol && NumberSymbols.isDash(tokens[k].symbol)
    }

    /// The lexicon entry of word `k`, if any.
    @inline(__always) func word(_ k: Int) -> NumberWord? {
        guard k >= 0, k < count, tokens[k].kind == .word, tokens[k].lexicon >= 0 else { return nil }
        return lexicon[Int(tokens[k].lexicon)]
    }

    /// The lexicon entry of number `k`'s glued suffix, if any.
    @inline(__always) func suffixWord(_ k: Int) -> NumberWord? {
        guard k >= 0, k < count, tokens[k].kind == .number, tokens[k].lexicon >= 0 else { return nil }
        return lexicon[Int(tokens[k].lexicon)]
    }

    /// Word `k` plays `role`.
    func hasRole(_ k: Int, _ role: NumberWord.Roles) -> Bool {
        word(k)?.roles.contains(role) ?? false
    }

    /// Token `k` begins a sentence: the first of the text or of a line, after
    /// `.`, `!`, `?`, `:` or an opening quote or bracket that follows one.
    func sentenceStart(_ k: Int) -> Bool {
        var j = k
        for _ in 0..<4 {
            if j <= 0 || tokens[j].gap == .lineBreak { return true }
            let p = tokens[j - 1]
            guard p.kind == .symbol else { return false }
            switch p.symbol {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x3B: return true
            case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014: j -= 1
            default: return false
            }
        }
        return false
    }

    /// A capitalised word other than a function word right before `k` on its
    /// line: a name with a number, as in `Commodore 64`, `Channel 4`.
    func afterName(_ k: Int) -> Bool {
        guard k > 0, onLine(k), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalised else { return false }
        if let w = word(k - 1), w.roles.contains(.qualifier) || w.roles.contains(.yearContext) || w.month != nil
            || w.roles.contains(.function) || w.roles.contains(.vague) || w.roles.contains(.pronounBefore) {
            return false
        }
        return true
    }

    /// Tokens `from..<to` as lower-cased text, one space where they were apart.
    func unitText(_ from: Int, _ to: Int) -> String {
        var out = ""
        for k in from..<to {
            let t = tokens[k]
            if k > from && t.gap != .none { out += " " }
            let start = t.kind == .number ? t.suffixStart : t.byteStart
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<t.byteEnd]), as: UTF8.self)
        }
        return out.lowercased()
    }
}
