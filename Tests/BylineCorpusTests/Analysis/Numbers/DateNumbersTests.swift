import Testing
@testable import BylineCorpus

/// Years, decades, calendar dates, clock times, durations and ages.
@Suite struct DateNumbersTests {
    @Test(arguments: [
        NumberCase("The mill closed in 2014.", "2014", .date, 2014),
        NumberCase("2014 was a good year for Tarn.", "2014", .date, 2014),
        NumberCase("Prices have risen since 1999.", "1999", .date, 1999),
        NumberCase("The 1990s were kind to Tarn.", "1990s", .date, 1990),
        NumberCase("It was big in the '80s.", "'80s", .date, 1980),
        NumberCase("The 2003-04 season ended.", "2003-04", .date, 2003, qualifier: "range"),
        NumberCase("Output fell by mid-2005 and stayed low.", "2005", .date, 2005),
        NumberCase("The fair opened in 1066 in Tarn.", "1066", .date, 1066),
    ])
    func years(_ c: NumberCase) { expectNumber(c) }

    @Test func separatedFourDigitNumberIsACount() {
        expectNumber(NumberCase("Some 2,014 people came.", "Some 2,014", .count, 2014, unit: "people",
                                qualifier: "approximate"))
        expectNumber(NumberCase("The hall fits 2,014 people.", "2,014", .count, 2014, unit: "people"))
    }

    @Test(arguments: [
        NumberCase("The deal ends on June 30.", "June 30", .date, nil),
        NumberCase("The deal ends on 30 June.", "30 June", .date, nil),
        NumberCase("Flights resume on Sept. 11.", "Sept. 11", .date, nil),
        NumberCase("It began on 11 September 2001.", "11 September 2001", .date, 2001),
        NumberCase("It began on October 27, 2019 in Tarn.", "October 27, 2019", .date, 2019),
        NumberCase("The law passed in June 2005.", "June 2005", .date, 2005),
        NumberCase("It opens on 27th March.", "27th March", .date, nil),
        NumberCase("The form is dated 27/03/2005.", "27/03/2005", .date, 2005),
    ])
    func calendarDates(_ c: NumberCase) { expectNumber(c) }

    @Test(arguments: [
        NumberCase("The vote closes at 4:00pm.", "4:00pm", .date, 16),
        NumberCase("The shop opens at 10am.", "10am", .date, 10),
        NumberCase("Kick-off is at 16:30 GMT.", "16:30 GMT", .date, 16.5),
        NumberCase("It airs on BBC One at 2010 GMT.", "2010 GMT", .date, 20 + 10.0 / 60),
        NumberCase("The bus leaves at 4.30pm.", "4.30pm", .date, 16.5),
        NumberCase("The bus leaves at 10 a.m. daily.", "10 a.m.", .date, 10),
        NumberCase("Meet at four o'clock.", "four o'clock", .date, 4),
    ])
    func clockTimes(_ c: NumberCase) { expectNumber(c) }

    @Test(arguments: [
        NumberCase("He served 20 years in office.", "20 years", .date, 20, unit: "years"),
        NumberCase("The strike lasted three months.", "three months", .date, 3, unit: "months"),
        NumberCase("Repairs take two weeks.", "two weeks", .date, 2, unit: "weeks"),
        NumberCase("He ran it in 30 seconds flat.", "30 seconds", .date, 30, unit: "seconds"),
        NumberCase("They signed a two-year deal.", "two-year", .date, 2, unit: "year"),
        NumberCase("The 10-day festival began.", "10-day", .date, 10, unit: "day"),
        NumberCase("She dated him for more than two years.", "more than two years", .date, 2, unit: "years",
                   qualifier: "lower bound"),
        NumberCase("The 36-year-old was released.", "36-year-old", .date, 36, unit: "year"),
        NumberCase("A man aged 36 was released.", "36", .date, 36, unit: "years"),
    ])
    func durationsAndAges(_ c: NumberCase) { expectNumber(c) }

    @Test(arguments: [
        "December is usually cold in Tarn.",
        "The vote is on Sunday.",
        "They met today and yesterday.",
        "In May the rain came.",
    ])
    func namesOfDaysAndMonthsAreNoNumbers(_ sentence: String) {
        #expect(numberMentions(in: sentence).isEmpty, "\(numberMentions(in: sentence).map(\.text))")
    }
}
