import Testing
@testable import BylineCorpus

@Suite struct SearchIndexFieldTests {
    private static func day(_ y: Int, _ m: Int, _ d: Int) -> NewsDate? { NewsDate(year: y, month: m, day: d) }
    private func day(_ y: Int, _ m: Int, _ d: Int) -> NewsDate? { Self.day(y, m, d) }

    private func fixture() -> SearchFixture {
        var f = SearchFixture()
        f.add(Self.documents)
        return f
    }

    static let documents: [SearchDocument] = {
        [
            searchDocument(0, "Labour plans", "Text.", date: day(2019, 10, 5), source: "BBC News", folder: "politics",
                     entities: [.init(kind: .person, canonical: "Tony Blair"), .init(kind: .group, canonical: "Labour"),
                                .init(kind: .place, canonical: "London")],
                     speakers: ["Tony Blair"]),
            searchDocument(1, "Bank moves", "Text.", date: day(2019, 11, 30), source: "Reuters", folder: "business/0001",
                     entities: [.init(kind: .organisation, canonical: "Bank of England"), .init(kind: .person, canonical: "Gordon Brown")],
                     speakers: ["Mervyn King"]),
            searchDocument(2, "Blair book", "Blair wrote a book.", date: day(2020, 1, 2), folder: "entertainment",
                     entities: [.init(kind: .person, canonical: "Lionel Blair"), .init(kind: .organisation, canonical: "Éditions Gallimard")]),
            searchDocument(3, "Undated", "No date here.", entities: [.init(kind: .place, canonical: "Blair Atholl")]),
        ]
    }()

    /// Names indexed apart (after the text, as opening a corpus does) and
    /// then added give the same answers as one index of both.
    @Test func namesAddedAfterTheTextAnswerTheSame() throws {
        let whole = fixture()
        var text = SearchIndex(), names = SearchIndex()
        for k in 0..<4 {
            let document = try #require(Self.documents.first { $0.id == k })
            text.add([SearchDocument(id: k, title: document.title, body: document.body, source: document.source,
                                     folder: document.folder, date: document.date)])
            names.add([SearchDocument(id: k, title: "", body: "", entities: document.entities, speakers: document.speakers)])
        }
        let combined = try #require(text.addingTerms(of: names))
        for query in ["person:blair ", "blair", "speaker:king ", "org:eng", "place:blair labour", "source:bbc ", "date:2019 person:tony"] {
            let parsed = SearchQuery(parsing: query)
            #expect(combined.search(parsed, limit: 10).matches == whole.index.search(parsed, limit: 10).matches, "\(query)")
            #expect(combined.search(parsed, limit: 10).hits.map(\.id) == whole.index.search(parsed, limit: 10).hits.map(\.id), "\(query)")
        }
        var shorter = SearchIndex()
        shorter.add([SearchDocument(id: 0, title: "", body: "")])
        #expect(text.addingTerms(of: shorter) == nil, "indexes of different documents do not combine")
    }

    @Test func aNameOfManyLongWordsIsIndexedByItsFirstWords() {
        // Ten words of 70 letters: each cut to 64 bytes, the name cut after four or five.
        let words = (0..<10).map { k in String(repeating: "q", count: 69) + String(UnicodeScalar(UInt8(0x61 + k))) }
        var f = SearchFixture()
        f.add([searchDocument(0, "Long name", "Text.", entities: [.init(kind: .person, canonical: words.joined(separator: " "))]),
               searchDocument(1, "Short name", "Text.", entities: [.init(kind: .person, canonical: "Q Smith")])])
        #expect(f.ids("person:" + words[0].prefix(20)) == [0])
        #expect(f.ids("person:q ") == [1])
    }

    /// The names of a field are searched all at once in the segment's
    /// bytes: what that finds is what reading each name finds.
    @Test func namesFoundInTheFieldsBytesAreThoseReadOneByOne() throws {
        let people = ["Ann Lee", "Lee Ann Smith", "Annabel Leeds", "Tony Blair", "Lionel Blair", "Blair", "Ben Annan",
                      "Jean-Paul Sartre", "Ann", "Leeann Annlee", "Ann Ann Lee", "Smith Ann"]
        var f = SearchFixture()
        f.add(people.enumerated().map { k, name in
            searchDocument(k, "Story \(k)", "Text.", entities: [.init(kind: .person, canonical: name)], speakers: [name])
        })
        let segment = try #require(f.index.segments.first)
        let wordLists: [[String]] = [["ann"], ["lee"], ["an"], ["le"], ["ann", "lee"], ["lee", "ann"], ["ann", "le"], ["blair"],
                                     ["smith"], ["jean"], ["paul"], ["sartre"], ["nn"], ["annlee"], ["ann", "ann"], ["x"], [""], ["ann", ""]]
        for tag in [SearchField.person.tag, SearchField.speaker.tag] {
            for words in wordLists {
                let wanted = words.map { Array($0.utf8) }
                for prefix in [false, true] {
                    let oneByOne = segment.termBytes.withUnsafeBufferPointer { bytes in
                        segment.range(prefix: [tag]).filter { index in
                            let name = UnsafeBufferPointer(rebasing: bytes[(Int(segment.termStarts[index]) + 1)..<Int(segment.termStarts[index + 1])])
                            return SearchIndex.name(name, holds: wanted, lastIsPrefix: prefix)
                        }
                    }
                    #expect(SearchIndex.names(in: segment, tag: tag, holding: wanted, lastIsPrefix: prefix) == oneByOne, "\(words) \(prefix)")
                }
            }
        }
        #expect(f.ids("person:ann ") == [0, 1, 8, 10, 11])
        #expect(f.ids("person:\"lee ann\"") == [1])
        #expect(f.ids("person:\"ann lee\"") == [0, 10])
    }

    @Test func entityFieldsMatchWordsOfTheCanonicalName() {
        let f = fixture()
        #expect(f.ids("person:blair ") == [0, 2])
        #expect(f.ids("person:tony ") == [0])
        #expect(f.ids("place:blair ") == [3])
        #expect(f.ids("org:england ") == [1])
        #expect(f.ids("group:labour ") == [0])
    }

    @Test func theFieldIsTheEntityKind() {
        let f = fixture()
        #expect(f.ids("org:blair ").isEmpty)
        #expect(f.ids("person:london ").isEmpty)
    }

    @Test func aFieldValueBeingTypedIsAPrefix() {
        let f = fixture()
        #expect(f.ids("person:bl") == [0, 2])
        #expect(f.ids("person:bl ").isEmpty)
        #expect(f.ids("person:lair").isEmpty)
        #expect(f.ids("person:gor") == [1])
    }

    @Test func quotedFieldValuesNeedTheWordsInARow() {
        let f = fixture()
        #expect(f.ids("person:\"tony blair\"") == [0])
        #expect(f.ids("person:\"blair tony\"").isEmpty)
        #expect(f.ids("org:\"bank of\"") == [1])
        #expect(f.ids("org:\"bank of eng") == [1])
        #expect(f.ids("org:\"of england\"") == [1])
        #expect(f.ids("org:\"of eng\"").isEmpty)
    }

    @Test func fieldsIgnoreCaseAndDiacritics() {
        let f = fixture()
        #expect(f.ids("ORG:EDITIONS ") == [2])
        #expect(f.ids("org:ÉDITIONS ") == [2])
    }

    @Test func speakers() {
        let f = fixture()
        #expect(f.ids("speaker:blair ") == [0])
        #expect(f.ids("speaker:king ") == [1])
        #expect(f.ids("speaker:brown ").isEmpty)
    }

    @Test func sourceIsTheOutletOrTheFolder() {
        let f = fixture()
        #expect(f.ids("source:bbc ") == [0])
        #expect(f.ids("source:politics ") == [0])
        #expect(f.ids("source:business ") == [1])
        #expect(f.ids("source:0001 ") == [1])
        #expect(f.ids("source:ent") == [2])
        #expect(f.ids("source:\"bbc news\"") == [0])
    }

    @Test func fieldsCombineWithWordsAndNegation() {
        let f = fixture()
        #expect(f.ids("person:blair book ") == [2])
        #expect(f.ids("blair !person:blair ").isEmpty)
        #expect(f.ids("blair !person:tony ") == [2])
        #expect(f.ids("!person:blair") == [1, 3])
        #expect(f.ids("!person:bl") == [0, 1, 2, 3])
    }

    @Test func fieldTermsAreNotWords() {
        let f = fixture()
        #expect(f.ids("london ").isEmpty)
        #expect(f.ids("tony ").isEmpty)
    }

    @Test func dates() {
        let f = fixture()
        #expect(f.ids("date:2019") == [0, 1])
        #expect(f.ids("date:2019-10") == [0])
        #expect(f.ids("date:2019-10-05") == [0])
        #expect(f.ids("date:2019-10-06").isEmpty)
        #expect(f.ids("date:2019-10..2019-11") == [0, 1])
        #expect(f.ids("date:2019-11..") == [1, 2])
        #expect(f.ids("date:..2019-10") == [0])
        #expect(f.ids("date:2020-01-02..2020-01-02") == [2])
    }

    @Test func undatedDocumentsMatchNoDateButEveryNegatedOne() {
        let f = fixture()
        #expect(f.ids("date:..") == [0, 1, 2])
        #expect(f.ids("!date:2019") == [2, 3])
    }

    @Test func datesCombineWithWords() {
        let f = fixture()
        #expect(f.ids("text date:2019-11") == [1])
    }
}
