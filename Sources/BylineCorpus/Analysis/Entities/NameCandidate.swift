/// A run of capitalised words that may name someone or something: the raw
/// material of entity recognition, before titles are split off and a type
/// is chosen.
struct NameCandidate: Sendable {
    /// Token indices, first and last inclusive.
    var first: Int
    var last: Int
    /// A title or role came right before the name ("President", "Mr",
    /// "spokesman"): a strong sign of a person.
    var afterTitle = false
}

/// Finds candidate names: maximal runs of capitalised words in one sentence,
/// joined by hyphens without spaces (`Wright-Phillips`) and by the small
/// words that live inside names (`Bank of England`, `Department for
/// Transport`, `Ahmed bin Ali`, `Ludwig van Beethoven`).
enum NameCandidateFinder {
    static let connectors: Set<String> = [
        "of", "for", "de", "du", "des", "da", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "al", "el",
        "la", "le", "di", "del", "della", "y", "&",
    ]

    static func candidates(in text: TokenizedText) -> [NameCandidate] {
        let tokens = text.tokens
        var result = [NameCandidate]()
        var i = 0
        while i < tokens.count {
            guard isNameWord(tokens[i]) else { i += 1; continue }
            var last = i
            var j = i + 1
            while j < tokens.count, tokens[j].sentence == tokens[i].sentence {
                let token = tokens[j]
                if isNameWord(token) { last = j; j += 1; continue }
                // A hyphen or connector inside a name, with a name word after it.
                if j + 1 < tokens.count, isNameWord(tokens[j + 1]), tokens[j + 1].sentence == token.sentence {
                    let word = text.text(token)
                    let isHyphen = token.kind == .punctuation && (word == "-" || word == "‑") && !token.spaceBefore && !tokens[j + 1].spaceBefore
                    // "for" joins only after an organisation's head: "Department for Transport".
                    let joinsHere = word != "for" || isOrganisationHead(tokens[j - 1], in: text)
                    let isConnector = (token.kind == .word && !token.isCapitalized && connectors.contains(word) && joinsHere)
                        || (token.kind == .punctuation && word == "&")
                    if isHyphen || isConnector { last = j + 1; j += 2; continue }
                }
                break
            }
            result.append(NameCandidate(first: i, last: last))
            i = last + 1
        }
        return result
    }

    static func isOrganisationHead(_ token: Token, in text: TokenizedText) -> Bool {
        Gazetteer.shared.isOrganisationHead(text.lowercasedText(token))
    }

    /// A capitalised word (not the possessive `'s`).
    static func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized
    }
}
