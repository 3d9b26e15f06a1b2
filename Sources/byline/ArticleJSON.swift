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
