/// Lookup tables built once from `GazetteerData`: places, organisations,
/// groups, given names, and the words around names (titles, heads, units…).
///
/// Entity lookups (`place`, `organisation`, `group`, `givenNameGender`) take the
/// surface exactly as written: they are case-sensitive, so `US` the country is
/// not `us`. Word-class lookups (`isTitle`, `isOrganisationHead`,
/// `isWeakOrganisationHead`, `isPlaceHead`, `isNonEntity`) take a lower-cased
/// word or phrase; `currencyCode` and `unit` lower-case it themselves.
///
/// When one surface is listed twice, the first listing wins, countries
/// before other places. `isNonEntity` contains `us` and `who`: ask the entity
/// lookups about `US` and `WHO` first.
struct Gazetteer: Sendable {
    static let shared = Gazetteer()

    /// Surfaces that are both a place and an organisation on purpose: the
    /// river and the company, the cities and their football clubs.
    static let placeOrganisationOverlaps: Set<String> = ["Amazon", "Barcelona", "Liverpool", "Tottenham"]

    private let places: WordTable<String>
    private let countryNames: WordTable<Bool>
    private let organisations: WordTable<String>
    private let groups: WordTable<Group>
    private let givenNames: WordTable<Character>
    private let titles: WordTable<Bool>
    /// The most words in one title (`chief executive officer` is three).
    let longestTitleWords: Int
    /// The first and the last word of every title, to rule most words out
    /// before any title is put together from them.
    private let titleFirstWords: WordTable<Bool>
    private let titleLastWords: WordTable<Bool>
    /// The first token of every place, organisation and group name of two or
    /// more tokens ("New" of "New Zealand", "Rolls" of "Rolls-Royce").
    private let longNameFirstTokens: WordTable<Bool>
    private let organisationHeads: WordTable<Bool>
    private let weakOrganisationHeads: WordTable<Bool>
    private let placeHeads: WordTable<Bool>
    private let nonEntities: WordTable<Bool>
    private let currencies: WordTable<String>
    private let units: WordTable<String>

    private struct Group: Sendable {
        var canonical: String
        var country: String?
    }

    init() {
        var places: [String: String] = [:]
        places.reserveCapacity(4_096)
        var countryNames: Set<String> = []
        for fields in Self.records(GazetteerData.countries) {
            countryNames.insert(fields[0])
            Self.addAliases(fields, to: &places)
        }
        for fields in Self.records(GazetteerData.places) {
            Self.addAliases(fields, to: &places)
        }
        self.places = WordTable(places)
        self.countryNames = WordTable(words: countryNames)

        var organisations: [String: String] = [:]
        organisations.reserveCapacity(4_096)
        for fields in Self.records(GazetteerData.organisations) {
            Self.addAliases(fields, to: &organisations)
        }
        self.organisations = WordTable(organisations)

        // A group's canonical name is the first word listed for its place (the
        // adjective: `Iraqis` → `Iraqi`); a group with no place is its own.
        var groups: [String: Group] = [:]
        var firstForPlace: [String: String] = [:]
        for fields in Self.records(GazetteerData.demonyms) {
            let word = fields[0]
            let place = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
            var canonical = word
            if let place {
                if let first = firstForPlace[place] {
                    canonical = first
                } else {
                    firstForPlace[place] = word
                }
            }
            if groups[word] == nil {
                groups[word] = Group(canonical: canonical, country: place)
            }
        }
        self.groups = WordTable(groups)

        var givenNames: [String: Character] = [:]
        givenNames.reserveCapacity(4_096)
        for fields in Self.records(GazetteerData.givenNames) where fields.count > 1 {
            if givenNames[fields[0]] == nil, let gender = fields[1].first {
                givenNames[fields[0]] = gender
            }
        }
        self.givenNames = WordTable(givenNames)

        let titles = Self.words(GazetteerData.titles)
        self.titles = WordTable(words: titles)
        longestTitleWords = titles.map { $0.split(separator: " ").count }.max() ?? 0
        titleFirstWords = WordTable(words: titles.compactMap { $0.split(separator: " ").first.map(String.init) })
        titleLastWords = WordTable(words: titles.compactMap { $0.split(separator: " ").last.map(String.init) })
        var longNameFirstTokens: Set<String> = []
        for name in Array(places.keys) + Array(organisations.keys) + Array(groups.keys) {
            let tokenized = TokenizedText(name)
            if tokenized.tokens.count > 1 { longNameFirstTokens.insert(tokenized.text(tokenized.tokens[0])) }
        }
        self.longNameFirstTokens = WordTable(words: longNameFirstTokens)

        organisationHeads = WordTable(words: Self.words(GazetteerData.organisationHeads))
        weakOrganisationHeads = WordTable(words: Self.words(GazetteerData.organisationHeadsWeak))
        placeHeads = WordTable(words: Self.words(GazetteerData.placeHeads))
        nonEntities = WordTable(words: Self.words(GazetteerData.nonEntityCapitalised))
        currencies = WordTable(Self.pairs(GazetteerData.currencies))
        units = WordTable(Self.pairs(GazetteerData.units))
    }

    // MARK: Entities (case-sensitive)

    /// The canonical name of a country or place: `U.S.` → `United States`.
    func place(_ surface: String) -> String? {
        places[surface]
    }

    /// Whether a canonical place name is a country or territory (listed in
    /// `GazetteerData.countries`), not a city or region.
    func isCountry(_ canonical: String) -> Bool {
        countryNames.contains(canonical)
    }

    /// The canonical name of an organisation: `U.N.` → `United Nations`.
    func organisation(_ surface: String) -> String? {
        organisations[surface]
    }

    /// A nationality, ethnic, religious or political group word: `Iraqis` →
    /// (`Iraqi`, `Iraq`); `Kurdish` → (`Kurdish`, nil).
    func group(_ surface: String) -> (canonical: String, country: String?)? {
        guard let group = groups[surface] else { return nil }
        return (group.canonical, group.country)
    }

    /// `m`, `f` or `u` (either) for a known given name, as written (`Jean`).
    func givenNameGender(_ name: String) -> Character? {
        givenNames[name]
    }

    // MARK: Words around names (lower-cased input)

    /// Whether lower-case words, separated by single spaces, are a title:
    /// `mr`, `prime minister`, `chief executive`.
    func isTitle(_ lowercasedWords: String) -> Bool {
        titles.contains(lowercasedWords)
    }

    /// Whether some title starts with this (lower-cased, stop-less) word.
    func mayStartTitle(_ lowercasedWord: String) -> Bool {
        titleFirstWords.contains(lowercasedWord)
    }

    /// Whether some title ends with this (lower-cased, stop-less) word.
    func mayEndTitle(_ lowercasedWord: String) -> Bool {
        titleLastWords.contains(lowercasedWord)
    }

    /// Whether a place, organisation or group name of several tokens starts with this token's text.
    func mayStartLongName(_ token: String) -> Bool {
        longNameFirstTokens.contains(token)
    }

    func isOrganisationHead(_ lowercased: String) -> Bool {
        organisationHeads.contains(lowercased)
    }

    func isWeakOrganisationHead(_ lowercased: String) -> Bool {
        weakOrganisationHeads.contains(lowercased)
    }

    func isPlaceHead(_ lowercased: String) -> Bool {
        placeHeads.contains(lowercased)
    }

    func isNonEntity(_ lowercased: String) -> Bool {
        nonEntities.contains(lowercased)
    }

    // MARK: Numbers (case-insensitive)

    /// The ISO 4217 code for a currency word or symbol: `dlrs` → `USD`, `£` → `GBP`.
    func currencyCode(_ word: String) -> String? {
        currencies[word] ?? currencies[word.lowercased()]
    }

    /// The canonical unit for a unit word: `kilometres` → `km`, `C` → `°C`.
    func unit(_ word: String) -> String? {
        units[word] ?? units[word.lowercased()]
    }

    // MARK: Parsing

    /// The entries of one list: its non-blank lines not starting with `#`,
    /// each split at `|` (empty fields kept). Split as UTF-8 bytes, which is
    /// several times faster than splitting Characters.
    static func records(_ list: String) -> [[String]] {
        var records: [[String]] = []
        let newline = UInt8(ascii: "\n"), bar = UInt8(ascii: "|")
        let hash = UInt8(ascii: "#"), space = UInt8(ascii: " ")
        for line in list.utf8.split(separator: newline) {
            guard let first = line.first, first != hash, line.contains(where: { $0 != space }) else { continue }
            records.append(
                line.split(separator: bar, omittingEmptySubsequences: false).map { String(Substring($0)) }
            )
        }
        return records
    }

    private static func addAliases(_ fields: [String], to table: inout [String: String]) {
        let canonical = fields[0]
        for surface in fields where !surface.isEmpty && table[surface] == nil {
            table[surface] = canonical
        }
    }

    private static func words(_ list: String) -> Set<String> {
        Set(records(list).map { $0[0] })
    }

    private static func pairs(_ list: String) -> [String: String] {
        var table: [String: String] = [:]
        for fields in records(list) where fields.count > 1 {
            let key = fields[0].lowercased()
            if table[key] == nil { table[key] = fields[1] }
        }
        return table
    }
}
