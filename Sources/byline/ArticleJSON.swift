import BylineCorpus

/// The JSON object `byline extract` prints for an article:
/// `{"id", "path", "title", "source", "author", "date", "url", "text", "words"}`,
/// keys in that order, absent values as `null`.
enum ArticleJSON {
    static func encode(_ article: Article, analysis: ArticleAnalysis? = nil) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(article.text.utf8.count + 256)
        out.append(UInt8(ascii: "{"))
        field("id", article.id, &out, first: true)
        field("path", article.path, &out)
        field("title", article.title, &out)
        field("source", article.source, &out)
        field("author", article.author, &out)
        field("date", article.date?.iso8601, &out)
        field("url", article.url, &out)
        field("text", article.text, &out)
        out.append(contentsOf: Array(",\"words\":\(article.wordCount)".utf8))
        if let analysis {
            entities(analysis.entities, &out)
            numbers(analysis.numbers, &out)
            claims(analysis.claims, &out)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// `"entities":[{"text","type","canonical","start","end"}…]`
    private static func entities(_ mentions: [EntityMention], _ out: inout [UInt8]) {
        out.append(contentsOf: Array(",\"entities\":[".utf8))
        for (index, mention) in mentions.enumerated() {
            out.append(contentsOf: Array((index == 0 ? "{" : ",{").utf8))
            field("text", mention.text, &out, first: true)
            field("type", mention.kind.rawValue, &out)
            field("canonical", mention.canonical, &out)
            span(mention.span, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `"numbers":[{"text","kind","value","unit","qualifier","start","end"}…]`
    private static func numbers(_ mentions: [NumberMention], _ out: inout [UInt8]) {
        out.append(contentsOf: Array(",\"numbers\":[".utf8))
        for (index, mention) in mentions.enumerated() {
            out.append(contentsOf: Array((index == 0 ? "{" : ",{").utf8))
            field("text", mention.text, &out, first: true)
            field("kind", mention.kind.rawValue, &out)
            out.append(contentsOf: Array(",\"value\":".utf8))
            number(mention.value, &out)
            field("unit", mention.unit, &out)
            field("qualifier", mention.qualifier, &out)
            span(mention.span, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `"claims":[{"speaker","speaker_canonical","cue","content","quote","kind","stance","start","end","content_start","content_end"}…]`
    private static func claims(_ claims: [Claim], _ out: inout [UInt8]) {
        out.append(contentsOf: Array(",\"claims\":[".utf8))
        for (index, claim) in claims.enumerated() {
            out.append(contentsOf: Array((index == 0 ? "{" : ",{").utf8))
            out.append(contentsOf: Array(claimFields(claim).utf8))
        }
        out.append(UInt8(ascii: "]"))
    }

    static func claimFields(_ claim: Claim) -> String {
        var out = [UInt8]()
        field("speaker", claim.speaker, &out, first: true)
        field("speaker_canonical", claim.speakerCanonical, &out)
        field("cue", claim.cue, &out)
        field("content", claim.content, &out)
        out.append(contentsOf: Array(",\"quote\":\(claim.quote)".utf8))
        field("kind", claim.kind.rawValue, &out)
        field("stance", claim.stance?.rawValue, &out)
        out.append(contentsOf: Array(",\"start\":\(claim.span.start),\"end\":\(claim.span.end),\"content_start\":\(claim.contentSpan.start),\"content_end\":\(claim.contentSpan.end)}".utf8))
        return String(decoding: out, as: UTF8.self)
    }

    private static func span(_ span: TextSpan, _ out: inout [UInt8]) {
        out.append(contentsOf: Array(",\"start\":\(span.start),\"end\":\(span.end)}".utf8))
    }

    /// A JSON number: integers without a fraction, others in shortest form; null when not finite.
    private static func number(_ value: Double?, _ out: inout [UInt8]) {
        guard let value, value.isFinite else { out.append(contentsOf: Array("null".utf8)); return }
        if value == value.rounded(), abs(value) < 1e15 {
            out.append(contentsOf: Array(String(Int64(value)).utf8))
        } else {
            out.append(contentsOf: Array("\(value)".utf8))
        }
    }

    private static func field(_ key: String, _ value: String?, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: key.utf8)
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        if let value { string(value, &out) } else { out.append(contentsOf: Array("null".utf8)) }
    }

    /// Appends `value` as a JSON string literal, copying runs of bytes that
    /// need no escape in one go.
    static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.makeContiguousUTF8()
        value.utf8.withContiguousStorageIfAvailable { s in
            var runStart = 0
            for i in 0..<s.count {
                let byte = s[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<i]))
                runStart = i + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default:
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<s.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
