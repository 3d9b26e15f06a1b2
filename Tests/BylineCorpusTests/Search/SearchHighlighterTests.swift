import BylineTestSupport
import Testing
@testable import BylineCorpus

@Suite struct SearchHighlighterTests {
    private func spans(_ text: String, _ query: String) -> [TextSpan] {
        SearchHighlighter.spans(in: text, for: SearchQuery(parsing: query))
    }

    private func span(_ start: Int, _ end: Int) -> TextSpan { TextSpan(start: start, end: end) }

    @Test func wholeWordsAndPrefixes() {
        let text = "Oil prices and oil price"
        #expect(spans(text, "oil ") == [span(0, 3), span(15, 18)])
        #expect(spans(text, "price ") == [span(19, 24)])
        #expect(spans(text, "pric") == [span(4, 10), span(19, 24)])
    }

    @Test func phrasesSpanFromFirstToLastWord() {
        let text = "Crude oil, price up; oil price down"
        #expect(spans(text, "\"oil price\"") == [span(6, 16), span(21, 30)])
        #expect(spans(text, "\"oil pr") == [span(6, 16), span(21, 30)])
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "“Élysée” says 東京 café"
        #expect(spans(text, "elysee ") == [span(1, 7)])
        #expect(spans(text, "CAFE") == [span(17, 21)])
        #expect(spans(text, "東京") == [span(14, 16)])
    }

    @Test func negationsFieldsAndDatesAreNotHighlighted() {
        let text = "Blair met Brown in 2019"
        #expect(spans(text, "!brown person:blair date:2019 ").isEmpty)
        #expect(spans(text, "met !brown ") == [span(6, 9)])
    }

    @Test func overlappingMatchesAreMerged() {
        let text = "the oil price"
        #expect(spans(text, "\"the oil\" \"oil price\"") == [span(0, 13)])
        #expect(spans(text, "oil \"oil price\"") == [span(4, 13)])
    }

    @Test func mergingInPlaceJoinsOverlapsAsMarkingEachOffsetDoes() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 {
            var spans = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                let start = Int.random(in: 0..<30, using: &random)
                return span(start, start + Int.random(in: 1...6, using: &random))
            }
            // The offsets some span covers; spans that touch stay apart.
            var covered = Set<Int>()
            for s in spans { covered.formUnion(s.start..<s.end) }
            let starts = spans.map(\.start).sorted()
            SearchHighlighter.merge(&spans)
            #expect(Set(spans.flatMap { $0.start..<$0.end }) == covered)
            #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start }, "sorted, none overlapping: \(spans)")
            #expect(spans.allSatisfy { starts.contains($0.start) })
        }
    }

    @Test func noMatchNoSpans() {
        #expect(spans("Nothing here", "oil").isEmpty)
        #expect(spans("Nothing here", "").isEmpty)
    }
}
