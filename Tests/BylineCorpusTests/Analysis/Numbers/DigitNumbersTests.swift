import Testing
@testable import BylineCorpus

/// Digits with separators and decimals, negative numbers, and numbers that
/// do not fit a Double.
@Suite struct DigitNumbersTests {
    @Test(arguments: [
        NumberCase("The depot held 1,000 crates.", "1,000", .count, 1000, unit: "crates"),
        NumberCase("The index rose 2.5 points.", "2.5", .count, 2.5, unit: "points"),
        NumberCase("A rise of 0.5 was noted.", "0.5", .count, 0.5),
        NumberCase("The score fell to -3 overnight.", "-3", .count, -3),
        NumberCase("They counted 1,234,567 ballots.", "1,234,567", .count, 1_234_567, unit: "ballots"),
        NumberCase("The mayor said 150 would attend.", "150", .count, 150),
    ])
    func digits(_ c: NumberCase) { expectNumber(c) }

    @Test func hugeNumbersHaveNoValue() {
        expectNumber(NumberCase("It read 99999999999999999999999 on the dial.", "99999999999999999999999", .count, nil))
        expectNumber(NumberCase("The model printed 1e400 again.", "1e400", .count, nil))
        expectNumber(NumberCase("The model printed 1.5e3 again.", "1.5e3", .count, 1500))
    }

    @Test func spansCountScalarsNotBytes() {
        let text = "Café owners – “naïve” ones – sold 85 pastries 😀 for €3bn."
        let found = numberMentions(in: text)
        #expect(found.map(\.text) == ["85", "€3bn"])
        #expect(found.first?.span == TextSpan(start: 34, end: 36))
    }

    @Test func mentionsComeInOrder() {
        let found = numberMentions(in: "Title with 3 words\n\nFirst paragraph: 20 years, 5% and $4.\n\nLater: 7 cats.")
        #expect(found.map(\.text) == ["3", "First", "20 years", "5%", "$4", "7"])
    }
}
