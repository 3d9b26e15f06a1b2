import Testing
@testable import BylineCorpus

/// Numbers written in words, multitudes, fractions and pronoun `one`.
@Suite struct SpelledNumbersTests {
    @Test(arguments: [
        NumberCase("Officers found eight boats.", "eight", .count, 8, unit: "boats"),
        NumberCase("Eight people died in the blaze.", "Eight", .count, 8, unit: "people"),
        NumberCase("The club has twenty-five members.", "twenty-five", .count, 25, unit: "members"),
        NumberCase("The town has a million trees.", "a million", .count, 1e6, unit: "trees"),
        NumberCase("The town has two million trees.", "two million", .count, 2e6, unit: "trees"),
        NumberCase("She met hundreds of fans.", "hundreds", .count, 100, qualifier: "lower bound"),
        NumberCase("Thousands marched in Dunmore.", "Thousands", .count, 1000, qualifier: "lower bound"),
        NumberCase("They sent dozens of letters.", "dozens", .count, 12, qualifier: "lower bound"),
        NumberCase("He bought a dozen eggs.", "a dozen", .count, 12, unit: "eggs"),
        NumberCase("It sold hundreds of thousands of copies.", "hundreds of thousands", .count, 1e5,
                   qualifier: "lower bound"),
        NumberCase("Half of the voters stayed home.", "Half", .count, 0.5),
        NumberCase("Costs were cut by half.", "half", .count, 0.5),
        NumberCase("Two-thirds of staff agreed.", "Two-thirds", .count, 0.6667),
        NumberCase("A third of staff agreed.", "A third", .count, 0.3333),
        NumberCase("About three quarters of staff agreed.", "About three quarters", .count, 0.75, qualifier: "approximate"),
        NumberCase("It has two hundred and fifty thousand rooms.", "two hundred and fifty thousand", .count, 250_000,
                   unit: "rooms"),
        NumberCase("Several hundred people gathered.", "Several hundred", .count, 100, unit: "people",
                   qualifier: "approximate"),
        NumberCase("He owns two and a half farms.", "two and a half", .count, 2.5, unit: "farms"),
        NumberCase("Half a million fans came.", "Half a million", .count, 500_000, unit: "fans"),
    ])
    func spelled(_ c: NumberCase) { expectNumber(c) }

    @Test(arguments: [
        "No one answered the door.",
        "The one who left was Tam.",
        "It was a difficult one to make.",
        "They help one another.",
        "It is one's duty to vote.",
        "He was a one-off.",
        "It was a long one-way trip.",
        "A man stood on a bench.",
        "An owl sat there.",
    ])
    func pronounOneAndArticlesAreNoNumbers(_ sentence: String) {
        #expect(numberMentions(in: sentence).isEmpty, "\(numberMentions(in: sentence).map(\.text))")
    }

    /// The annotators mark the partitive `one of` as a count, so it is one.
    @Test func oneOfIsACount() {
        expectNumber(NumberCase("Ardo is one of the favourites.", "one", .count, 1))
    }

    @Test func halfInCompoundsIsNoNumber() {
        for sentence in ["It was 2-0 at half-time.", "The second half was dull.", "The scrum-half kicked."] {
            #expect(!numberMentions(in: sentence).contains { $0.text.lowercased() == "half" }, "\(sentence)")
        }
    }

    @Test func spelledNumbersInsideNamesAreNoNumbers() {
        expectNoNumber("One", in: "It was shown on BBC One at night.")
        expectNoNumber("Five", in: "She spoke on Five News yesterday.")
    }
}
