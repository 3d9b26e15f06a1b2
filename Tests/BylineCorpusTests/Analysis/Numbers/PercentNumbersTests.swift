import Testing
@testable import BylineCorpus

/// Percentages in every news spelling, and `%` winning over measures.
@Suite struct PercentNumbersTests {
    @Test(arguments: [
        NumberCase("Turnout rose 8% in Dunmore.", "8%", .percent, 8, unit: "%"),
        NumberCase("Prices fell 25 per cent this year.", "25 per cent", .percent, 25, unit: "%"),
        NumberCase("Growth was 4.5 percent in June.", "4.5 percent", .percent, 4.5, unit: "%"),
        NumberCase("Output fell 12 pct in the quarter.", "12 pct", .percent, 12, unit: "%"),
        NumberCase("Rates rose 2 percentage points.", "2 percentage points", .percent, 2, unit: "%"),
        NumberCase("Sales were up 4.1% on the year.", "4.1%", .percent, 4.1, unit: "%"),
        NumberCase("Costs rose 5pc in a year.", "5pc", .percent, 5, unit: "%"),
        NumberCase("Support is 10-15% in the polls.", "10-15%", .percent, 10, unit: "%", qualifier: "range"),
        NumberCase("More than 90% of staff agreed.", "More than 90%", .percent, 90, unit: "%", qualifier: "lower bound"),
    ])
    func percent(_ c: NumberCase) { expectNumber(c) }
}
