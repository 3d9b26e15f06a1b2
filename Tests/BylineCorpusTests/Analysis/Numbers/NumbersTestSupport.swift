import Testing
@testable import BylineCorpus

/// One expected figure: the sentence it is in and what the extractor should
/// report for it.
struct NumberCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let text: String
    let kind: NumberMention.Kind
    let value: Double?
    let unit: String?
    let qualifier: String?

    init(_ sentence: String, _ text: String, _ kind: NumberMention.Kind, _ value: Double?,
         unit: String? = nil, qualifier: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }

    var testDescription: String { "“\(text)” in “\(sentence)”" }
}

/// The figures of `text`, after checking that every span slices exactly the
/// mention's text and that mentions come in order without overlapping.
func numberMentions(in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [NumberMention] {
    let found = NumberExtractor.numbers(in: text)
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for m in found {
        #expect(m.span.start >= previousEnd, "“\(m.text)” overlaps or is out of order", sourceLocation: sourceLocation)
        #expect(m.span.end <= scalars.count, sourceLocation: sourceLocation)
        guard m.span.start >= 0, m.span.end <= scalars.count, m.span.start < m.span.end else {
            Issue.record("bad span \(m.span) for “\(m.text)”", sourceLocation: sourceLocation)
            continue
        }
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[m.span.start..<m.span.end])
        #expect(String(slice) == m.text, "span \(m.span) does not slice “\(m.text)”", sourceLocation: sourceLocation)
        #expect(String(text[m.span.range(in: text)]) == m.text, sourceLocation: sourceLocation)
        if let v = m.value { #expect(v.isFinite, sourceLocation: sourceLocation) }
        previousEnd = m.span.end
    }
    return found
}

/// Expects `c.text` among the figures of `c.sentence` with the kind, value,
/// unit and qualifier of `c`.
func expectNumber(_ c: NumberCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = numberMentions(in: c.sentence, sourceLocation: sourceLocation)
    guard let m = found.first(where: { $0.text == c.text }) else {
        Issue.record("no “\(c.text)” in “\(c.sentence)”; found \(found.map(\.text))", sourceLocation: sourceLocation)
        return
    }
    #expect(m.kind == c.kind, "kind of “\(c.text)”", sourceLocation: sourceLocation)
    #expect(sameValue(m.value, c.value), "value of “\(c.text)”: \(String(describing: m.value))",
            sourceLocation: sourceLocation)
    #expect(m.unit == c.unit, "unit of “\(c.text)”", sourceLocation: sourceLocation)
    #expect(m.qualifier == c.qualifier, "qualifier of “\(c.text)”", sourceLocation: sourceLocation)
}

/// Expects no figure in `sentence` whose text contains or is inside `text`.
func expectNoNumber(_ text: String, in sentence: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = numberMentions(in: sentence, sourceLocation: sourceLocation)
    let hits = found.filter { $0.text.contains(text) || text.contains($0.text) }
    #expect(hits.isEmpty, "unexpected \(hits.map(\.text)) in “\(sentence)”", sourceLocation: sourceLocation)
}

func sameValue(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) <= 1e-9 * max(1, abs(y))
    default: return false
    }
}
