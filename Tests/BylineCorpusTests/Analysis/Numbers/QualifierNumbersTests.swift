import Testing
@testable import BylineCorpus

/// Bounds, approximations and ranges, kept inside the span.
@Suite struct QualifierNumbersTests {
    @Test(arguments: [
        NumberCase("There were more than 500 at the rally.", "more than 500", .count, 500, qualifier: "lower bound"),
        NumberCase("The walk took over 20 people.", "over 20", .count, 20, unit: "people", qualifier: "lower bound"),
        NumberCase("It needs at least 3 votes.", "at least 3", .count, 3, unit: "votes", qualifier: "lower bound"),
        NumberCase("The hall seats almost 900.", "almost 900", .count, 900, qualifier: "upper bound"),
        NumberCase("The hall seats nearly 900.", "nearly 900", .count, 900, qualifier: "upper bound"),
        NumberCase("Groups of up to 50 may enter.", "up to 50", .count, 50, qualifier: "upper bound"),
        NumberCase("It took less than 4 hours.", "less than 4 hours", .date, 4, unit: "hours", qualifier: "upper bound"),
        NumberCase("Fewer than 6 teams entered.", "Fewer than 6", .count, 6, unit: "teams", qualifier: "upper bound"),
        NumberCase("Children under 12 go free.", "under 12", .count, 12, qualifier: "upper bound"),
        NumberCase("The lake is about 8 miles long.", "about 8 miles", .measure, 8, unit: "miles", qualifier: "approximate"),
        NumberCase("They sold around 900 tickets.", "around 900", .count, 900, unit: "tickets", qualifier: "approximate"),
        NumberCase("Some 350 films are shown.", "Some 350", .count, 350, unit: "films", qualifier: "approximate"),
        NumberCase("Roughly 11 boats sank.", "Roughly 11", .count, 11, unit: "boats", qualifier: "approximate"),
        NumberCase("Approximately 1.1m voted.", "Approximately 1.1m", .count, 1.1e6, qualifier: "approximate"),
        NumberCase("There were as many as 7,000 jobs.", "as many as 7,000", .count, 7000, unit: "jobs",
                   qualifier: "upper bound"),
        NumberCase("It has just under 6,000 members.", "just under 6,000", .count, 6000, unit: "members",
                   qualifier: "upper bound"),
        NumberCase("More than a dozen stars came.", "More than a dozen", .count, 12, unit: "stars", qualifier: "lower bound"),
    ])
    func bounds(_ c: NumberCase) { expectNumber(c) }

    @Test(arguments: [
        NumberCase("Between 20 and 30 soldiers left.", "Between 20 and 30", .count, 20, unit: "soldiers", qualifier: "range"),
        NumberCase("Some 20-30 soldiers left.", "Some 20-30", .count, 20, unit: "soldiers", qualifier: "range"),
        NumberCase("The 2,000-3,000 troops stayed.", "2,000-3,000", .count, 2000, unit: "troops", qualifier: "range"),
        NumberCase("They expect 20 to 30 guests.", "20 to 30", .count, 20, unit: "guests", qualifier: "range"),
        NumberCase("It lasts 20–30 minutes.", "20–30 minutes", .date, 20, unit: "minutes", qualifier: "range"),
        NumberCase("There are one or two problems.", "one or two", .count, 1, unit: "problems", qualifier: "range"),
        NumberCase("It took two or three years.", "two or three years", .date, 2, unit: "years", qualifier: "range"),
        NumberCase("Between 2 and 3 million people came.", "Between 2 and 3 million", .count, 2e6, unit: "people",
                   qualifier: "range"),
        NumberCase("It cost between $1m and $2m.", "between $1m and $2m", .money, 1e6, unit: "USD", qualifier: "range"),
    ])
    func ranges(_ c: NumberCase) { expectNumber(c) }

    @Test func overAsAPrepositionIsNoQualifier() {
        let found = numberMentions(in: "Over the years, 40 people joined.")
        #expect(found.map(\.text) == ["40"])
    }
}
