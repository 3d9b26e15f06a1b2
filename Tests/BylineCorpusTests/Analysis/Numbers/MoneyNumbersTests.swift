import Testing
@testable import BylineCorpus

/// Money: currency signs, codes and words, scale words and suffixes, cents.
@Suite struct MoneyNumbersTests {
    @Test(arguments: [
        NumberCase("The ticket cost $38 at the door.", "$38", .money, 38, unit: "USD"),
        NumberCase("Tarn Mills raised $30mln last week.", "$30mln", .money, 30e6, unit: "USD"),
        NumberCase("Tarn Mills raised $30 mln last week.", "$30 mln", .money, 30e6, unit: "USD"),
        NumberCase("The council spent £600m on roads.", "£600m", .money, 600e6, unit: "GBP"),
        NumberCase("Profits hit $1.13bn in the spring.", "$1.13bn", .money, 1.13e9, unit: "USD"),
        NumberCase("The fund is worth €3bn today.", "€3bn", .money, 3e9, unit: "EUR"),
        NumberCase("Exports reached US$2.5 billion.", "US$2.5 billion", .money, 2.5e9, unit: "USD"),
        NumberCase("Shares fell 27c to close lower.", "27c", .money, 0.27, unit: "USD"),
        NumberCase("Growers get a 70m euros top-up.", "70m euros", .money, 70e6, unit: "EUR"),
        NumberCase("Growers get a 70m euro top-up.", "70m euro", .money, 70e6, unit: "EUR"),
        NumberCase("The fine was 15 dollars.", "15 dollars", .money, 15, unit: "USD"),
        NumberCase("He won 500 pounds at the fair.", "500 pounds", .money, 500, unit: "GBP"),
        NumberCase("The dam will cost Rs 500 crore.", "Rs 500 crore", .money, 5e9, unit: "INR"),
        NumberCase("Orvo posted ¥10bn in sales.", "¥10bn", .money, 10e9, unit: "JPY"),
        NumberCase("Sales were 1.2 bln dlrs in May.", "1.2 bln dlrs", .money, 1.2e9, unit: "USD"),
        NumberCase("Bids of $10-20m are expected.", "$10-20m", .money, 10e6, unit: "USD", qualifier: "range"),
        NumberCase("The airline earned Australian dollars 648m.", "Australian dollars 648m", .money, 648e6, unit: "AUD"),
        NumberCase("A house sold for £190,329 there.", "£190,329", .money, 190_329, unit: "GBP"),
        NumberCase("Fares rise by four pence.", "four pence", .money, 0.04, unit: "GBP"),
        NumberCase("Bonds worth HK$5bn were sold.", "HK$5bn", .money, 5e9, unit: "HKD"),
        NumberCase("They paid two million dollars.", "two million dollars", .money, 2e6, unit: "USD"),
    ])
    func money(_ c: NumberCase) { expectNumber(c) }

    @Test func moneyChangeIsTwoFigures() {
        let found = numberMentions(in: "The fare was raised from £2.50 to £4 a leg.")
        #expect(found.map(\.text) == ["£2.50", "£4"])
    }

    @Test func moneyWithQualifier() {
        expectNumber(NumberCase("Growers will get about 40m euros.", "about 40m euros", .money, 40e6, unit: "EUR",
                                qualifier: "approximate"))
        expectNumber(NumberCase("It cost almost $1.6bn to make.", "almost $1.6bn", .money, 1.6e9, unit: "USD",
                                qualifier: "upper bound"))
    }
}
