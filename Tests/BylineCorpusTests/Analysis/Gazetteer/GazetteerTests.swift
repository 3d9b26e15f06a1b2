import Testing
@testable import BylineCorpus

@Suite struct GazetteerTests {
    private let gazetteer = Gazetteer.shared

    // MARK: Lookups

    @Test func countryAliasesResolveToCanonicalNames() {
        #expect(gazetteer.place("U.S.") == "United States")
        #expect(gazetteer.place("US") == "United States")
        #expect(gazetteer.place("America") == "United States")
        #expect(gazetteer.place("Britain") == "United Kingdom")
        #expect(gazetteer.place("U.K.") == "United Kingdom")
        #expect(gazetteer.place("Russian Federation") == "Russia")
        #expect(gazetteer.place("Côte d'Ivoire") == "Ivory Coast")
        #expect(gazetteer.place("Burma") == "Myanmar")
        #expect(gazetteer.place("Iraq") == "Iraq")
        #expect(gazetteer.isCountry("Iraq"))
        #expect(!gazetteer.isCountry("Baghdad"))
    }

    @Test func placesCoverCitiesRegionsAndFeatures() {
        #expect(gazetteer.place("Washington, D.C.") == "Washington")
        #expect(gazetteer.place("Bombay") == "Mumbai")
        #expect(gazetteer.place("Kiev") == "Kyiv")
        #expect(gazetteer.place("Manchester") == "Manchester")
        #expect(gazetteer.place("Gaza Strip") == "Gaza")
        #expect(gazetteer.place("Donbass") == "Donbas")
        #expect(gazetteer.place("Thames") == "Thames")
        #expect(gazetteer.place("Himalaya") == "Himalayas")
        #expect(gazetteer.place("Downing Street") == "Downing Street")
        #expect(gazetteer.place("Wall Street") == "Wall Street")
        #expect(gazetteer.place("New South Wales") == "New South Wales")
        #expect(gazetteer.place("Middle East") == "Middle East")
    }

    @Test func placeLookupIsCaseSensitive() {
        #expect(gazetteer.place("us") == nil)
        #expect(gazetteer.place("uk") == nil)
        #expect(gazetteer.place("LONDON") == nil)
    }

    @Test func organisationAliasesResolveToCanonicalNames() {
        #expect(gazetteer.organisation("U.N.") == "United Nations")
        #expect(gazetteer.organisation("EU") == "European Union")
        #expect(gazetteer.organisation("Nato") == "NATO")
        #expect(gazetteer.organisation("WHO") == "World Health Organization")
        #expect(gazetteer.organisation("Opec") == "Organization of the Petroleum Exporting Countries")
        #expect(gazetteer.organisation("ISIS") == "Islamic State")
        #expect(gazetteer.organisation("Al Qaeda") == "al-Qaeda")
        #expect(gazetteer.organisation("Fed") == "Federal Reserve")
        #expect(gazetteer.organisation("Lib Dems") == "Liberal Democrats")
        #expect(gazetteer.organisation("Tory") == "Conservative Party")
        #expect(gazetteer.organisation("GOP") == "Republican Party")
        #expect(gazetteer.organisation("Man Utd") == "Manchester United")
        #expect(gazetteer.organisation("Harvard") == "Harvard University")
        #expect(gazetteer.organisation("Bureau of Meteorology") == "Bureau of Meteorology")
        #expect(gazetteer.organisation("White House") == "White House")
        #expect(gazetteer.organisation("who") == nil)
    }

    @Test func groupsCarryTheirCountry() throws {
        let iraqis = try #require(gazetteer.group("Iraqis"))
        #expect(iraqis.canonical == "Iraqi")
        #expect(iraqis.country == "Iraq")
        let britons = try #require(gazetteer.group("Britons"))
        #expect(britons.canonical == "British")
        #expect(britons.country == "United Kingdom")
        let kurdish = try #require(gazetteer.group("Kurdish"))
        #expect(kurdish.canonical == "Kurdish")
        #expect(kurdish.country == nil)
        #expect(gazetteer.group("Palestinians")?.country == "Palestine")
        #expect(gazetteer.group("Muslims") != nil)
        #expect(gazetteer.group("Tories") != nil)
        #expect(gazetteer.group("Taliban") == nil)
        #expect(gazetteer.group("Western") == nil)
    }

    @Test func givenNamesHaveGenders() {
        #expect(gazetteer.givenNameGender("John") == "m")
        #expect(gazetteer.givenNameGender("Mary") == "f")
        #expect(gazetteer.givenNameGender("Alex") == "u")
        #expect(gazetteer.givenNameGender("Mohammed") == "m")
        #expect(gazetteer.givenNameGender("Olena") == "f")
        #expect(gazetteer.givenNameGender("Rahul") == "m")
        #expect(gazetteer.givenNameGender("Chinedu") == "m")
        #expect(gazetteer.givenNameGender("john") == nil)
        #expect(gazetteer.givenNameGender("Iraq") == nil)
    }

    @Test func titlesAndHeads() {
        #expect(gazetteer.isTitle("mr"))
        #expect(gazetteer.isTitle("prime minister"))
        #expect(gazetteer.isTitle("chief executive"))
        #expect(gazetteer.isTitle("senator"))
        #expect(!gazetteer.isTitle("Prime Minister"))
        #expect(!gazetteer.isTitle("london"))
        #expect(gazetteer.longestTitleWords >= 3)
        #expect(gazetteer.isOrganisationHead("ministry"))
        #expect(gazetteer.isOrganisationHead("air force"))
        #expect(gazetteer.isOrganisationHead("plc"))
        #expect(!gazetteer.isOrganisationHead("city"))
        #expect(gazetteer.isWeakOrganisationHead("city"))
        #expect(gazetteer.isPlaceHead("street"))
        #expect(gazetteer.isPlaceHead("airport"))
        #expect(gazetteer.isPlaceHead("border crossing"))
        #expect(gazetteer.isNonEntity("monday"))
        #expect(gazetteer.isNonEntity("christmas"))
        #expect(gazetteer.isNonEntity("the"))
        #expect(!gazetteer.isNonEntity("london"))
    }

    @Test func currenciesAndUnitsIgnoreCase() {
        #expect(gazetteer.currencyCode("dollars") == "USD")
        #expect(gazetteer.currencyCode("Dollars") == "USD")
        #expect(gazetteer.currencyCode("dlrs") == "USD")
        #expect(gazetteer.currencyCode("£") == "GBP")
        #expect(gazetteer.currencyCode("sterling") == "GBP")
        #expect(gazetteer.currencyCode("€") == "EUR")
        #expect(gazetteer.currencyCode("HK$") == "HKD")
        #expect(gazetteer.currencyCode("A$") == "AUD")
        #expect(gazetteer.currencyCode("Rs") == "INR")
        #expect(gazetteer.currencyCode("R$") == "BRL")
        #expect(gazetteer.currencyCode("yuan") == "CNY")
        #expect(gazetteer.currencyCode("miles") == nil)
        #expect(gazetteer.unit("miles") == "miles")
        #expect(gazetteer.unit("Kilometres") == "km")
        #expect(gazetteer.unit("C") == "°C")
        #expect(gazetteer.unit("mph") == "mph")
        #expect(gazetteer.unit("MW") == "MW")
        #expect(gazetteer.unit("barrels") == "barrels")
        #expect(gazetteer.unit("dollars") == nil)
    }

    // MARK: Consistency of the lists

    /// Every alias of every place or organisation line, with its line's canonical name.
    private func surfaces(_ lists: [String]) -> [(surface: String, canonical: String)] {
        lists.flatMap { Gazetteer.records($0) }.flatMap { fields in fields.map { ($0, fields[0]) } }
    }

    @Test func aliasListsAreWellFormed() {
        for list in [GazetteerData.countries, GazetteerData.places, GazetteerData.organisations] {
            for fields in Gazetteer.records(list) {
                #expect(fields.allSatisfy { !$0.isEmpty && $0 == $0.trimmed }, "\(fields)")
                #expect(Set(fields).count == fields.count, "alias repeated: \(fields)")
            }
        }
    }

    @Test func everySurfaceHasOneCanonicalName() {
        for lists in [[GazetteerData.countries, GazetteerData.places], [GazetteerData.organisations]] {
            var canonicalFor: [String: String] = [:]
            for (surface, canonical) in surfaces(lists) {
                if let earlier = canonicalFor[surface] {
                    #expect(earlier == canonical, "\(surface): \(earlier) or \(canonical)")
                }
                canonicalFor[surface] = canonical
            }
        }
    }

    @Test func entityKindsDoNotOverlap() {
        let places = Set(surfaces([GazetteerData.countries, GazetteerData.places]).map(\.surface))
        let organisations = Set(surfaces([GazetteerData.organisations]).map(\.surface))
        let groups = Set(Gazetteer.records(GazetteerData.demonyms).map { $0[0] })
        #expect(places.intersection(groups).isEmpty, "\(places.intersection(groups))")
        #expect(organisations.intersection(groups).isEmpty, "\(organisations.intersection(groups))")
        #expect(places.intersection(organisations) == Gazetteer.placeOrganisationOverlaps)
    }

    @Test func demonymsAreWellFormedAndPointAtPlaces() {
        var seen: Set<String> = []
        for fields in Gazetteer.records(GazetteerData.demonyms) {
            #expect(fields.count == 2, "\(fields)")
            #expect(!fields[0].isEmpty && fields[0] == fields[0].trimmed, "\(fields)")
            #expect(seen.insert(fields[0]).inserted, "repeated: \(fields[0])")
            if fields.count == 2, !fields[1].isEmpty {
                #expect(gazetteer.place(fields[1]) == fields[1], "not a canonical place: \(fields)")
            }
        }
    }

    @Test func givenNamesAreWellFormed() {
        var seen: Set<String> = []
        for fields in Gazetteer.records(GazetteerData.givenNames) {
            #expect(fields.count == 2 && ["m", "f", "u"].contains(fields[1]), "\(fields)")
            #expect(fields[0].first?.isUppercase == true && !fields[0].contains(" "), "\(fields)")
            #expect(seen.insert(fields[0]).inserted, "repeated: \(fields[0])")
        }
        #expect(seen.count > 2000)
    }

    @Test func wordListsAreLowerCaseAndDistinct() {
        let lists = [
            GazetteerData.titles, GazetteerData.organisationHeads, GazetteerData.organisationHeadsWeak,
            GazetteerData.placeHeads, GazetteerData.nonEntityCapitalised,
        ]
        var sets: [Set<String>] = []
        for list in lists {
            let records = Gazetteer.records(list)
            var seen: Set<String> = []
            for fields in records {
                let word = fields[0]
                #expect(fields.count == 1 && word == word.lowercased() && word == word.trimmed, "\(fields)")
                #expect(!word.contains("  "), "\(word)")
                #expect(seen.insert(word).inserted, "repeated: \(word)")
            }
            sets.append(seen)
        }
        let (strong, weak, placeHeads) = (sets[1], sets[2], sets[3])
        #expect(strong.intersection(weak).isEmpty, "\(strong.intersection(weak))")
        #expect(strong.intersection(placeHeads).isEmpty, "\(strong.intersection(placeHeads))")
        #expect(weak.intersection(placeHeads).isEmpty, "\(weak.intersection(placeHeads))")
    }

    @Test func nonEntityWordsAreNotEntitiesWhenCapitalised() {
        // `US` and `WHO` are entities; the recogniser asks about them first.
        let allowed: Set<String> = ["us", "who"]
        for fields in Gazetteer.records(GazetteerData.nonEntityCapitalised) where !allowed.contains(fields[0]) {
            let word = fields[0]
            for form in [word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                #expect(gazetteer.place(form) == nil && gazetteer.organisation(form) == nil
                    && gazetteer.group(form) == nil, "\(form)")
            }
        }
    }

    @Test func currencyAndUnitListsAreWellFormed() {
        for list in [GazetteerData.currencies, GazetteerData.units] {
            var seen: Set<String> = []
            for fields in Gazetteer.records(list) {
                #expect(fields.count == 2 && !fields[0].isEmpty && !fields[1].isEmpty, "\(fields)")
                #expect(fields[0] == fields[0].lowercased(), "\(fields)")
                #expect(seen.insert(fields[0]).inserted, "repeated: \(fields[0])")
            }
        }
        for fields in Gazetteer.records(GazetteerData.currencies) {
            let code = fields[1]
            #expect(code.count == 3 && code.allSatisfy { $0.isUppercase && $0.isASCII }, "\(fields)")
        }
    }

    @Test func sharedGazetteerBuilds() {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.place("Paris") == "Paris")
        #expect(Gazetteer.records(GazetteerData.countries).count > 190)
        #expect(Gazetteer.records(GazetteerData.places).count > 600)
        #expect(Gazetteer.records(GazetteerData.organisations).count > 600)
    }
}

private extension String {
    var trimmed: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
