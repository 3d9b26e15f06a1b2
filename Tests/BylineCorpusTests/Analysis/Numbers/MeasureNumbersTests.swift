import Testing
@testable import BylineCorpus

/// Measures: a number with a physical unit, spelled or glued.
@Suite struct MeasureNumbersTests {
    @Test(arguments: [
        NumberCase("The convoy drove 330 miles.", "330 miles", .measure, 330, unit: "miles"),
        NumberCase("Snow lay 3cm deep.", "3cm", .measure, 3, unit: "cm"),
        NumberCase("It was -3C at dawn.", "-3C", .measure, -3, unit: "c"),
        NumberCase("The wall is 1,200 metres long.", "1,200 metres", .measure, 1200, unit: "metres"),
        NumberCase("Add 250g of flour.", "250g", .measure, 250, unit: "g"),
        NumberCase("The port moved 200,000 tonnes.", "200,000 tonnes", .measure, 200_000, unit: "tonnes"),
        NumberCase("Output is 1.5 million barrels a day.", "1.5 million barrels", .measure, 1.5e6, unit: "barrels"),
        NumberCase("The run is 10km long.", "10km", .measure, 10, unit: "km"),
        NumberCase("The fence is 5ft high.", "5ft", .measure, 5, unit: "ft"),
        NumberCase("Gusts reached 60mph.", "60mph", .measure, 60, unit: "mph"),
        NumberCase("Wine output is about 250 million litres.", "about 250 million litres", .measure, 250e6,
                   unit: "litres", qualifier: "approximate"),
        NumberCase("She won the 1500m title.", "1500m", .measure, 1500, unit: "m"),
        NumberCase("She won the 10,000m race.", "10,000m", .measure, 10_000, unit: "m"),
        NumberCase("They won the 4x100m relay.", "4x100m", .measure, 100, unit: "m"),
        NumberCase("The park covers 500 square miles.", "500 square miles", .measure, 500, unit: "square miles"),
        NumberCase("It was 30°C in the shade.", "30°C", .measure, 30, unit: "c"),
        NumberCase("The 100-metre race starts soon.", "100-metre", .measure, 100, unit: "metre"),
    ])
    func measures(_ c: NumberCase) { expectNumber(c) }

    @Test func percentIsNoMeasure() {
        expectNumber(NumberCase("Fuel use fell 4.1% last year.", "4.1%", .percent, 4.1, unit: "%"))
    }

    @Test func millionsWithoutACurrency() {
        expectNumber(NumberCase("Some 1.6m voters stayed away.", "Some 1.6m", .count, 1.6e6, unit: "voters",
                                qualifier: "approximate"))
        expectNumber(NumberCase("About 5m people watched.", "About 5m", .count, 5e6, unit: "people",
                                qualifier: "approximate"))
    }
}
