import Foundation
import Testing
@testable import BylineCorpus

/// Hostile and odd input: it must never crash or hang, and stay linear.
@Suite struct BadInputNumbersTests {
    /// Runs the extractor on `text`, checking spans, and that it took less
    /// than a second.
    func run(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [NumberMention] {
        let clock = ContinuousClock()
        var found: [NumberMention] = []
        let elapsed = clock.measure { found = NumberExtractor.numbers(in: text) }
        #expect(elapsed < .seconds(1), "took \(elapsed)", sourceLocation: sourceLocation)
        var previousEnd = 0
        for m in found {
            #expect(m.span.start >= previousEnd && m.span.end > m.span.start, sourceLocation: sourceLocation)
            previousEnd = m.span.end
            if let v = m.value { #expect(v.isFinite, sourceLocation: sourceLocation) }
        }
        return found
    }

    @Test func emptyAndTinyInputs() {
        for text in ["", " ", "\n\n", "$", "£", "-", "'", "%", "1", "a", "one", "between", "more than", "$-", "1-",
                     "-1", "1,", "1.", ".5", "1e", "1e+", "June", "No.", "4x", "1/", "1/2/", "'9"] {
            let found = run(text)
            for m in found { #expect(String(text[m.span.range(in: text)]) == m.text) }
        }
    }

    @Test func megabyteWithoutSpaces() {
        #expect(run(String(repeating: "abcdefghij", count: 100_000)).isEmpty)
        let digits = run(String(repeating: "1234567890", count: 100_000))
        #expect(digits.count == 1)
        #expect(digits.first?.value == nil)
    }

    @Test func hundredThousandCapitalisedWords() {
        #expect(run(String(repeating: "Word ", count: 100_000)).isEmpty)
    }

    @Test func repeatedNumberPhrases() {
        #expect(run(String(repeating: "between 5 and between ", count: 10_000)).count == 10_000)
        #expect(run(String(repeating: "more than more than as many as ", count: 10_000)).isEmpty)
        #expect(run(String(repeating: "one two three hundred thousand and ", count: 5_000)).count == 15_000)
        #expect(run(String(repeating: "1,234,", count: 20_000)).count == 20_000)
        _ = run(String(repeating: "1-2-", count: 20_000))
        #expect(run(String(repeating: "$$$£€ US$ ", count: 10_000)).isEmpty)
        #expect(run(String(repeating: "1.2.3.4.", count: 20_000)).isEmpty)
        _ = run(String(repeating: "1e1e1e", count: 20_000))
    }

    @Test func mixedScriptsAndUnbalancedPunctuation() {
        let text = String(repeating: "مرحبا 123 你好3个 😀👍🏽 ١٢٣ “unbalanced (quote [ 5%” ", count: 5_000)
        let found = run(text)
        #expect(found.filter { $0.text == "5%" }.count == 5_000)
        #expect(found.filter { $0.text == "123" }.count == 5_000)
        #expect(!found.contains { $0.text == "3" })
    }

    @Test func spansAreScalarOffsetsAfterEmoji() {
        let text = "👍🏽 é 5% and ١٢٣ 7"
        let found = run(text)
        #expect(found.map(\.text) == ["5%", "7"])
        for m in found { #expect(String(text[m.span.range(in: text)]) == m.text) }
    }

    @Test func carriageReturnsAndTabs() {
        let found = run("It cost\t$5\r\n\r\nThen 20\tyears passed.")
        #expect(found.map(\.text) == ["$5", "20\tyears"])
    }
}
