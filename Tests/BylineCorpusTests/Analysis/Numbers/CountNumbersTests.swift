import Testing
@testable import BylineCorpus

/// Counts with their counted noun, ordinals, scores and things that look
/// like numbers but are not.
@Suite struct CountNumbersTests {
    @Test(arguments: [
        NumberCase("Troops lost 85 vehicles in the raid.", "85", .count, 85, unit: "vehicles"),
        NumberCase("The raid left 35 US armored vehicles.", "35", .count, 35),
        NumberCase("The count reached 150.", "150", .count, 150),
        NumberCase("Rescuers found 12 children.", "12", .count, 12, unit: "children"),
        NumberCase("The team has 4.7 million fans.", "4.7 million", .count, 4.7e6, unit: "fans"),
        NumberCase("It is 9 out of 10.", "9", .count, 9),
    ])
    func counts(_ c: NumberCase) { expectNumber(c) }

    @Test func countNounIsNotInTheSpan() {
        let found = numberMentions(in: "There were more than 500 people.")
        #expect(found.map(\.text) == ["more than 500"])
        #expect(found.first?.unit == "people")
    }

    @Test(arguments: [
        NumberCase("She came first in Tarn.", "first", .ordinal, 1),
        NumberCase("It was his second try.", "second", .ordinal, 2),
        NumberCase("A third term is likely.", "third", .ordinal, 3),
        NumberCase("It is the twentieth show.", "twentieth", .ordinal, 20),
        NumberCase("It is a twenty-first birthday.", "twenty-first", .ordinal, 21),
        NumberCase("It shaped the 21st century.", "21st", .ordinal, 21),
        NumberCase("She came 2nd overall.", "2nd", .ordinal, 2),
        NumberCase("He came 3rd overall.", "3rd", .ordinal, 3),
        NumberCase("It is the 100th show.", "100th", .ordinal, 100),
        NumberCase("Seventh seed Ardo lost.", "Seventh", .ordinal, 7),
        NumberCase("The song reached number one in Tarn.", "number one", .ordinal, 1),
        NumberCase("The song reached No 1 in Tarn.", "No 1", .ordinal, 1),
    ])
    func ordinals(_ c: NumberCase) { expectNumber(c) }

    @Test func secondAfterANumberIsADuration() {
        expectNumber(NumberCase("The flash lasted one second.", "one second", .date, 1, unit: "second"))
        expectNumber(NumberCase("It took 30 seconds.", "30 seconds", .date, 30, unit: "seconds"))
    }

    @Test func hyphenatedOrdinalAdjectivesAreNoNumbers() {
        expectNoNumber("first", in: "Help for first-time buyers grew.")
        expectNoNumber("second", in: "He sold second-hand cars.")
    }

    @Test(arguments: [
        NumberCase("England 17-18 France", "17-18", .count, 17),
        NumberCase("Tarn won 2-1 at home.", "2-1", .count, 2),
        NumberCase("She lost 7-5 in the final.", "7-5", .count, 7),
        NumberCase("The hosts led 10-3 at the break.", "10-3", .count, 10),
        NumberCase("Prices were 20-30 a head.", "20-30", .count, 20, qualifier: "range"),
    ])
    func scoresAndRanges(_ c: NumberCase) { expectNumber(c) }

    @Test(arguments: [
        ("M-4", "Traffic on the M-4 was slow."),
        ("15", "The A15 was closed."),
        ("8", "Leaders met at the G8 summit."),
        ("3", "He sold MP3 players."),
        ("3", "They watched it in 3D."),
        ("64", "The Commodore 64 was a hit."),
        ("24", "The shop is open 24/7."),
        ("2", "See www.tarn2.com for details."),
    ])
    func identifiersAreNoNumbers(_ text: String, _ sentence: String) {
        expectNoNumber(text, in: sentence)
    }
}
