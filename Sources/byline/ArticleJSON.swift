import BylineCorpus

/// The JSON object `byline extract` prints for an article:
/// `{"id", "path", "title", "source", "author", "date", "url", "text", "words"}`,
/// keys in that order, absent values as `null`.
enum ArticleJSON {
    static func encode(_ article: Article) -> [UInt8] {
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
        out.append(UInt8(ascii: "}"))
        return out
    }

    private static func field(_ key: String, _ value: String?, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: key.utf8)
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        if let value { string(value, &out) } else { out.append(contentsOf: Array("null".utf8)) }
    }

    /// Appends `value` as a JSON string literal.
    static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
