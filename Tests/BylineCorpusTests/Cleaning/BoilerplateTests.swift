import Testing
@testable import BylineCorpus

@Suite struct BoilerplateTests {
    @Test(arguments: [
        "- Advertisement -",
        "ADVERTISEMENT",
        "Subscribe to our newsletter",
        "Sign up here to get the latest news…",
        "Get real time updates directly on you device, subscribe now.",
        "0 2,056",
        "12 comments",
        "1.2K shares",
        "Read more: Council backs bridge plan",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "© 2024 Example Ltd. All rights reserved",
        "Share this article on Facebook Twitter Email",
        "Skip to content",
    ])
    func furnitureIsBoilerplate(_ line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    @Test(arguments: [
        "The council's newsletter, sent to 3,000 homes, announced the closure on Monday.",
        "Residents who sign up for the scheme will receive a free compost bin.",
        "Nearly 900 people signed up in the first week, officials said.",
        "The bakery sold 4,000 cookies at the fair, twice last year's total.",
        "Chocolate chip cookies were the best sellers.",
        "The bakery will accept orders for its Christmas cookies until Friday.",
        "Support for the design update was strong among staff, the survey found.",
        "8,200",
        "Read more about the plan in the council's report, she said.",
    ])
    func reportingIsKept(_ line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
        #expect(Boilerplate.removing(from: [[line[...]]]) == [[line[...]]])
    }

    @Test func relatedListIsRemovedWithItsHeadlines() {
        let paragraphs: [[Substring]] = [
            ["The bridge reopened on Monday after months of repairs."],
            ["Related:"],
            ["Bridge plan wins council backing"],
            ["Mayor names new deputy"],
            ["Traffic is expected to return to normal by the weekend."],
        ]
        #expect(Boilerplate.removing(from: paragraphs) == [
            ["The bridge reopened on Monday after months of repairs."],
            ["Traffic is expected to return to normal by the weekend."],
        ])
    }

    @Test func boilerplateLinesAreRemovedFromInsideParagraphs() {
        let paragraphs: [[Substring]] = [
            ["The bridge reopened on Monday", "- Advertisement -", "after months of repairs."],
            ["Subscribe to our newsletter"],
            ["0 2,056", "12 comments"],
            ["© 2024 Example Ltd. All rights reserved"],
        ]
        #expect(Boilerplate.removing(from: paragraphs) == [["The bridge reopened on Monday", "after months of repairs."]])
    }

    @Test func longLinesAreAlwaysContent() {
        let long = "Subscribe to our newsletter. " + String(repeating: "The council met again to discuss the bridge. ", count: 8)
        #expect(!Boilerplate.isBoilerplate(long))
        #expect(Boilerplate.removing(from: [[long[...]]]) == [[long[...]]])
    }
}
