@testable import BylineCorpus
import Testing

/// The facts kept of each article: every entity and name numbered once,
/// each (entity, name) pair once per article with its count.
@Suite struct ArticleFactsTests {
    func mention(_ text: String, _ kind: EntityMention.Kind = .person, canonical: String? = nil) -> EntityMention {
        EntityMention(text: text, kind: kind, canonical: canonical ?? text, span: TextSpan(start: 0, end: 0))
    }

    @Test func pairsAreCountedInTheOrderFirstMentioned() {
        var facts = ArticleFacts()
        facts.append([mention("Blair", canonical: "Tony Blair"), mention("Tony Blair"), mention("Blair", canonical: "Tony Blair"),
                      mention("London", .place)])
        #expect(facts.entities.map(\.canonical) == ["Tony Blair", "London"])
        #expect(facts.names == ["Blair", "Tony Blair", "London"])
        #expect(facts.entity == [0, 0, 1])
        #expect(facts.name == [0, 1, 2])
        #expect(facts.mentions == [2, 1, 1])
        #expect(facts.mentionCount(of: 0) == 4)
    }

    @Test func manyDistinctPairsAreCountedAsFewAre() {
        // Over 16 pairs in one article: counted through a table.
        var facts = ArticleFacts()
        let names = (0..<40).map { "Person \($0)" }
        facts.append((names + names.reversed() + [names[3]]).map { mention($0) })
        #expect(facts.entities.count == 40)
        #expect(facts.mentions.count == 40)
        #expect(facts.mentions[3] == 3)
        #expect(facts.mentions.filter { $0 == 2 }.count == 39)
    }

    @Test func theSameNameOfAnotherKindIsAnotherEntity() {
        var facts = ArticleFacts()
        facts.append([mention("Jordan", .person), mention("Jordan", .place)])
        facts.append([mention("Jordan", .place)])
        #expect(facts.entities.count == 2)
        #expect(facts.names == ["Jordan"])
        #expect(facts.entity == [0, 1, 1])
    }

    @Test func namesEqualAsUnicodeAreOneWhateverTheirBytes() {
        // The Kelvin sign is canonically a K: Swift's strings are equal, their bytes are not.
        var facts = ArticleFacts()
        facts.append([mention("\u{212A}elvin Ltd", .organisation)])
        facts.append([mention("Kelvin Ltd", .organisation), mention("Kelvin Ltd", .organisation)])
        facts.append([mention("Kelvin Ltd", .organisation)])
        #expect(facts.entities.count == 1)
        #expect(facts.names.count == 1)
        #expect(facts.entity == [0, 0, 0])
        #expect(facts.mentions == [1, 2, 1])
    }
}
