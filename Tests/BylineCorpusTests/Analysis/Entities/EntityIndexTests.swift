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
}
