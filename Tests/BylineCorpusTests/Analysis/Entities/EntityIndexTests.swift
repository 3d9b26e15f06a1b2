import Testing
@testable import BylineCorpus

@Suite struct EntityIndexTests {
    func mention(_ text: String, _ kind: EntityMention.Kind, _ canonical: String) -> EntityMention {
        EntityMention(text: text, kind: kind, canonical: canonical, span: TextSpan(start: 0, end: text.unicodeScalars.count))
    }

    @Test func aliasesMergeUnderTheCanonicalName() throws {
        var index = EntityIndex()
        index.add(article: 0, entities: [mention("US", .place, "United States"), mention("U.S.", .place, "United States")])
        index.add(article: 1, entities: [mention("United States", .place, "United States"), mention("Iraq", .place, "Iraq")])
        index.add(article: 2, entities: [mention("US", .place, "United States")])
        let top = try #require(index.ranked().first)
        #expect(top.canonical == "United States")
        #expect(top.mentions == 4)
        #expect(top.articles == [0, 1, 2])
        #expect(top.aliases == ["US": 2, "U.S.": 1, "United States": 1])
        #expect(index.count == 2)
    }

    @Test func rankedByMentionsThenNameAndFilteredByType() {
        var index = EntityIndex()
        index.add(article: 0, entities: [mention("Blair", .person, "Tony Blair"), mention("BBC", .organisation, "BBC"),
                                             mention("Tony Blair", .person, "Tony Blair"), mention("Apple", .organisation, "Apple")])
        #expect(index.ranked().map(\.canonical) == ["Tony Blair", "Apple", "BBC"])
        #expect(index.ranked(kind: .organisation).map(\.canonical) == ["Apple", "BBC"])
        #expect(index.entry(kind: .person, canonical: "Tony Blair")?.articles == [0])
    }

    @Test func namesEqualAsUnicodeAreOneEntityWhateverTheirBytes() throws {
        // "\u{212A}" (the Kelvin sign) is canonically a K: Swift counts the
        // two names equal, so the index must too, though only one is ASCII.
        var index = EntityIndex()
        index.add(article: 0, entities: [mention("Kim", .person, "Kim")])
        index.add(article: 1, entities: [mention("\u{212A}im", .person, "\u{212A}im"), mention("Kim", .place, "Kim")])
        #expect(index.count == 2)
        let person = try #require(index.entry(kind: .person, canonical: "Kim"))
        #expect(person.mentions == 2)
        #expect(person.articles == [0, 1])
        #expect(index.entry(kind: .place, canonical: "Kim")?.mentions == 1)
    }

    @Test func aLongArticleWithManyNamesIsCountedInFull() throws {
        // More (entity, name) pairs than are counted before recording, each
        // mentioned three times, with one name repeated throughout.
        var mentions: [EntityMention] = []
        for _ in 0..<3 {
            for k in 0..<100 {
                mentions.append(mention("Name\(k)", .person, "Person \(k)"))
                if k % 10 == 0 { mentions.append(mention("Nato", .organisation, "NATO")) }
            }
        }
        var index = EntityIndex()
        index.add(article: 7, entities: mentions)
        #expect(index.count == 101)
        #expect(index.entry(kind: .person, canonical: "Person 99")?.mentions == 3)
        #expect(index.entry(kind: .person, canonical: "Person 99")?.aliases == ["Name99": 3])
        let nato = try #require(index.ranked().first)
        #expect(nato.canonical == "NATO")
        #expect(nato.mentions == 30)
        #expect(nato.articles == [7])
        #expect(index.ranked().reduce(0) { $0 + $1.mentions } == mentions.count)
    }
}
