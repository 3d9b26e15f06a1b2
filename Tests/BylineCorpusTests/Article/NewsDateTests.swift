import Testing
@testable import BylineCorpus

@Suite struct NewsDateTests {
    @Test(arguments: [
        "2019-10-27",
        "2019-10-27T10:00:00Z",
        "2019-10-27T23:30:00+05:30",
        "27 October 2019",
        "October 27, 2019",
        "Oct. 27, 2019",
        "27th October 2019",
        "Sun, 27 Oct 2019 10:00:00 GMT",
        "Sunday 27 October 2019",
        "Published: 27 October 2019",
        "27/10/2019",
        "10/27/2019",
        "2019/10/27",
        "27.10.2019",
        "Published 27 Oct 2019, 10:00 BST",
        "October 27, 2019 at 5:00 p.m. EDT",
    ])
    func parsesNewsDateForms(_ text: String) {
        #expect(NewsDate(parsing: text) == NewsDate(year: 2019, month: 10, day: 27))
        #expect(NewsDate(parsing: text, strict: true) == NewsDate(year: 2019, month: 10, day: 27))
    }

    @Test func parsesAbbreviatedSeptember() {
        #expect(NewsDate(parsing: "Sept. 11, 2001") == NewsDate(year: 2001, month: 9, day: 11))
    }

    @Test func ambiguousNumericDatesAreDayFirst() {
        #expect(NewsDate(parsing: "03/04/2019") == NewsDate(year: 2019, month: 4, day: 3))
    }

    @Test func strictModeRejectsSentences() {
        #expect(NewsDate(parsing: "On Monday the company said it would close.", strict: true) == nil)
        #expect(NewsDate(parsing: "The company said on 27 October 2019 that it would close", strict: true) == nil)
        #expect(NewsDate(parsing: "The company said on 27 October 2019 that it would close") == NewsDate(year: 2019, month: 10, day: 27))
    }

    @Test(arguments: ["2019-02-30", "30 February 2019", "2019-02-29", "31/04/2019", "2019-13-01", "not a date", ""])
    func invalidDatesAreNil(_ text: String) {
        #expect(NewsDate(parsing: text) == nil)
    }

    @Test func leapDays() {
        #expect(NewsDate(parsing: "2020-02-29") == NewsDate(year: 2020, month: 2, day: 29))
        #expect(NewsDate(year: 2000, month: 2, day: 29) != nil)
        #expect(NewsDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func unixTimeInSecondsAndMilliseconds() {
        #expect(NewsDate(unixTime: 0) == NewsDate(year: 1970, month: 1, day: 1))
        #expect(NewsDate(unixTime: 1_572_170_400) == NewsDate(year: 2019, month: 10, day: 27))
        #expect(NewsDate(unixTime: 1_572_170_400_000) == NewsDate(year: 2019, month: 10, day: 27))
        #expect(NewsDate(unixTime: 1_710_460_799) == NewsDate(year: 2024, month: 3, day: 14))
        #expect(NewsDate(unixTime: -1) == NewsDate(year: 1969, month: 12, day: 31))
        #expect(NewsDate(unixTime: .nan) == nil)
    }

    @Test func iso8601Formatting() {
        #expect(NewsDate(year: 2019, month: 10, day: 27)?.iso8601 == "2019-10-27")
        #expect(NewsDate(year: 987, month: 3, day: 7)?.iso8601 == "0987-03-07")
        #expect(NewsDate(year: 2019, month: 1, day: 5)?.description == "2019-01-05")
    }

    @Test func datesAreOrdered() throws {
        let earlier = try #require(NewsDate(year: 2019, month: 10, day: 27))
        let later = try #require(NewsDate(year: 2019, month: 11, day: 1))
        #expect(earlier < later)
    }
}
