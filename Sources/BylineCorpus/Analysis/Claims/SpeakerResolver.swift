/// Resolves a speaker as written (`he`, `the ministry`, `Mr Howard`) to a
/// name from the article: the entity inside the phrase; for a pronoun, the
/// previous quote's speaker (the strong default for "he added") or else the
/// nearest earlier person; for a description, the nearest earlier
/// organisation whose name holds its head word.
struct SpeakerResolver {
    let text: TokenizedText
    let entities: [EntityMention]
    /// The last speaker resolved to a name, for "he added".
    var lastSpeaker: String?

    init(text: TokenizedText, entities: [EntityMention]) {
        self.text = text
        let sorted = entities.isSorted { $0.span.start <= $1.span.start } ? entities : entities.sorted { $0.span.start < $1.span.start }
        self.entities = sorted
    }

    static let personPronouns: Set<String> = ["he", "she", "him", "her"]
    static let groupPronouns: Set<String> = ["they", "it", "we"]

    mutating func resolve(_ speaker: String, first: Int, last: Int) -> String? {
        let start = text.tokens[first].start, end = text.tokens[last].end
        let lower = speaker.lowercased()
        // An entity inside the phrase: a person first, else the last one named.
        let inside = entities(from: start, to: end)
        if let person = inside.last(where: { $0.kind == .person }) { return remember(person.canonical) }
        if let named = inside.last(where: { $0.kind == .organisation }) ?? inside.last { return remember(named.canonical) }
        if SpeakerResolver.personPronouns.contains(lower) {
            // The previous speaker first, if "he"/"she" fits them; else the nearest person who fits.
            let wanted: Character = lower == "he" || lower == "him" ? "m" : "f"
            if let lastSpeaker, gender(of: lastSpeaker, before: start).map({ $0 == wanted }) ?? true { return lastSpeaker }
            var k = firstIndex(atOrAfter: start) - 1
            var looked = 0
            var fallback: EntityMention?
            // A person named again gives the same answer: asked about once.
            var asked = Set<String>()
            while k >= 0 && looked < 200 {
                if entities[k].kind == .person, asked.insert(entities[k].canonical).inserted {
                    let g = gender(of: entities[k].canonical, before: start)
                    if g == wanted { return remember(entities[k].canonical) }
                    if fallback == nil && g == nil { fallback = entities[k] }
                }
                k -= 1
                looked += 1
            }
            return fallback.map { remember($0.canonical) }
        }
        if SpeakerResolver.groupPronouns.contains(lower) {
            return nearest(before: start, kinds: [.organisation, .place]).map(\.canonical)
        }
        // "the ministry", "the company": an organisation head word.
        if let head = speaker.split(separator: " ").last.map({ $0.lowercased() }), Gazetteer.shared.isOrganisationHead(head) {
            var k = firstIndex(atOrAfter: start) - 1
            var looked = 0
            while k >= 0 && looked < 200 {
                if entities[k].kind == .organisation, UTF8Search.contains(entities[k].canonical.lowercased(), head) {
                    return entities[k].canonical
                }
                k -= 1
                looked += 1
            }
        }
        // A name the recogniser did not type ("Moreno said"): the name itself.
        let words = speaker.split(separator: " ")
        if !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }),
           !["The", "A", "An", "He", "She", "They", "It", "We", "I"].contains(String(words[0])) {
            return remember(speaker)
        }
        return nil
    }

    /// "m" or "f" for a person, from a title written before one of their
    /// mentions (Mr, Mrs, Ms, Sir, Lady…) or from their given name; nil when unknown.
    func gender(of canonical: String, before offset: Int) -> Character? {
        let surname = canonical.split(separator: " ").last.map(String.init) ?? canonical
        var k = firstIndex(atOrAfter: offset) - 1
        var looked = 0
        while k >= 0 && looked < 200 {
            let mention = entities[k]
            if mention.kind == .person && mention.canonical == canonical && mention.span.start >= 2 {
                // The word before the mention: "Mr Howard", "Mrs Smith".
                var end = mention.span.start - 1
                while end > 0 && text.scalars[end - 1] == " " { end -= 1 }
                var begin = end
                while begin > 0 && Tokenizer.isLetter(text.scalars[begin - 1]) { begin -= 1 }
                switch text.text(begin, end) {
                case "Mr", "Sir", "Lord", "King", "Prince", "Father", "Mr.": return "m"
                case "Mrs", "Ms", "Miss", "Lady", "Dame", "Queen", "Princess", "Mrs.", "Ms.": return "f"
                default: break
                }
            }
            k -= 1
            looked += 1
        }
        let first = canonical.split(separator: " ").first.map(String.init) ?? ""
        guard first != surname, let g = Gazetteer.shared.givenNameGender(first), g == "m" || g == "f" else { return nil }
        return g
    }

    private mutating func remember(_ name: String) -> String {
        lastSpeaker = name
        return name
    }

    /// Entities whose span starts in `start..<end`.
    private func entities(from start: Int, to end: Int) -> ArraySlice<EntityMention> {
        let low = firstIndex(atOrAfter: start)
        var high = low
        while high < entities.count, entities[high].span.start < end { high += 1 }
        return entities[low..<high]
    }

    private func nearest(before offset: Int, kinds: Set<EntityMention.Kind>) -> EntityMention? {
        var k = firstIndex(atOrAfter: offset) - 1
        var looked = 0
        while k >= 0 && looked < 200 {
            if kinds.contains(entities[k].kind) { return entities[k] }
            k -= 1
            looked += 1
        }
        return nil
    }

    private func firstIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
