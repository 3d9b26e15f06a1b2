/// A forgiving HTML tokenizer: start tags with attributes, end tags and text.
/// Comments, doctypes and processing instructions are dropped; the contents
/// of `script`, `style`, `noscript` and `template` are dropped whole; the
/// text of `title` and `textarea` is kept as text.
struct HTMLTokenizer {
    enum Token {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    static let droppedRawText: Set<String> = ["script", "style", "noscript", "template", "xmp", "plaintext"]
    static let keptRawText: Set<String> = ["title", "textarea"]

    static func tokens(_ html: String) -> [Token] {
        let bytes = Array(html.utf8)
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 40)
        var i = 0
        var textStart = 0
        let n = bytes.count

        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
        }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                flushText(upTo: i)
                if bytes[i...].starts(with: Array("<!--".utf8)) {
                    i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? n
                } else if bytes[i...].starts(with: Array("<![CDATA[".utf8)) {
                    let end = find(Array("]]>".utf8), in: bytes, from: i + 9) ?? n
                    tokens.append(.text(String(decoding: bytes[(i + 9)..<end], as: UTF8.self)))
                    i = min(n, end + 3)
                } else {
                    i = (bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? (n - 1)) + 1
                }
                textStart = i
                continue
            }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < n, isLetter(bytes[nameStart]) else { i += 1; continue }
            flushText(upTo: i)
            var j = nameStart
            while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            var attributes = [String: String]()
            var selfClosing = false
            // Attributes: name, name=value, name="value", name='value'.
            while j < n, bytes[j] != UInt8(ascii: ">") {
                if isSpace(bytes[j]) { j += 1; continue }
                if bytes[j] == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
                selfClosing = false
                let attrStart = j
                while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">") { j += 1 }
                let attrName = String(decoding: bytes[attrStart..<j], as: UTF8.self).lowercased()
                while j < n, isSpace(bytes[j]) { j += 1 }
                var value = ""
                if j < n, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n, isSpace(bytes[j]) { j += 1 }
                    if j < n, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                        let quote = bytes[j]
                        let valueEnd = bytes[(j + 1)...].firstIndex(of: quote) ?? n
                        value = String(decoding: bytes[(j + 1)..<valueEnd], as: UTF8.self)
                        j = min(n, valueEnd + 1)
                    } else {
                        let valueStart = j
                        while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                        value = String(decoding: bytes[valueStart..<j], as: UTF8.self)
                    }
                }
                if !attrName.isEmpty, attributes[attrName] == nil { attributes[attrName] = HTMLEntities.decode(value) }
            }
            i = min(n, j + 1)
            if closing {
                tokens.append(.end(name: name))
            } else {
                tokens.append(.start(name: name, attributes: attributes, selfClosing: selfClosing))
                if droppedRawText.contains(name) || keptRawText.contains(name) {
                    let end = findClosingTag(name, in: bytes, from: i) ?? n
                    if keptRawText.contains(name) {
                        tokens.append(.text(String(decoding: bytes[i..<end], as: UTF8.self)))
                    } else if name == "script", attributes["type"]?.lowercased() == "application/ld+json" {
                        tokens.append(.text(String(decoding: bytes[i..<end], as: UTF8.self)))
                    }
                    tokens.append(.end(name: name))
                    i = (bytes[min(n, end)...].firstIndex(of: UInt8(ascii: ">")) ?? (n - 1)) + 1
                    if end >= n { i = n }
                }
            }
            textStart = i
        }
        flushText(upTo: n)
        return tokens
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0C || b == 0x0D }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count, let first = needle.first else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Index of `</name` (any case) at or after `start`.
    private static func findClosingTag(_ name: String, in bytes: [UInt8], from start: Int) -> Int? {
        let target = Array(name.utf8)
        var i = start
        while let lt = find([UInt8(ascii: "<"), UInt8(ascii: "/")], in: bytes, from: i) {
            let nameStart = lt + 2
            if nameStart + target.count <= bytes.count,
               zip(bytes[nameStart..<(nameStart + target.count)], target).allSatisfy({ ($0 | 0x20) == $1 }) {
                return lt
            }
            i = lt + 2
        }
        return nil
    }
}
