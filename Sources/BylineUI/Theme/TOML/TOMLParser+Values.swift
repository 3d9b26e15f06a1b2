/// Values: strings and arrays (bare values are in `TOMLParser+Numbers.swift`).
extension TOMLParser {
    /// How deeply arrays may nest: deep enough for any real file, shallow
    /// enough that `[[[[…` garbage cannot exhaust the stack.
    static let maxNesting = 32

    mutating func parseValue(depth: Int) throws(TOMLError) -> TOMLValue {
        guard let byte = peek() else { throw error("missing value at the end of the file") }
        switch byte {
        case UInt8(ascii: "\""):
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                throw error("multi-line strings (\"\"\"…\"\"\") are not supported")
            }
            return .string(try parseBasicString())
        case UInt8(ascii: "'"):
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") {
                throw error("multi-line strings ('''…''') are not supported")
            }
            return .string(try parseLiteralString())
        case UInt8(ascii: "["):
            return try parseArray(depth: depth)
        case UInt8(ascii: "{"):
            throw error("inline tables ({…}) are not supported; use a [table] header")
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
            throw error("missing value after '='")
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return try parseBareValue()
        default:
            throw error("expected a value (a string, integer, true/false or array), found \(describe(at: index))")
        }
    }

    // MARK: Strings

    /// A `"basic string"` with escapes, on one line.
    mutating func parseBasicString() throws(TOMLError) -> String {
        let start = index
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
                throw error("unterminated string (started at column \(column(at: start)))")
            }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                utf8.append(contentsOf: try parseEscape())
            default:
                if Self.isControl(byte) { throw error("\(describe(at: index)) in a string (write it as an escape)") }
                utf8.append(byte)
                index += 1
            }
        }
    }

    /// A `'literal string'`: no escapes, on one line.
    mutating func parseLiteralString() throws(TOMLError) -> String {
        let start = index
        index += 1
        let contentStart = index
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
                throw error("unterminated string (started at column \(column(at: start)))")
            }
            if byte == UInt8(ascii: "'") {
                let text = String(decoding: bytes[contentStart..<index], as: UTF8.self)
                index += 1
                return text
            }
            if Self.isControl(byte) { throw error("\(describe(at: index)) in a string") }
            index += 1
        }
    }

    /// One escape after a backslash, as UTF-8.
    private mutating func parseEscape() throws(TOMLError) -> [UInt8] {
        let start = index
        index += 1
        guard let byte = peek() else { throw error("unterminated string") }
        index += 1
        switch byte {
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "e"): return [0x1B]
        case UInt8(ascii: "\""): return [UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): return [UInt8(ascii: "\\")]
        case UInt8(ascii: "u"): return try parseUnicodeEscape(digits: 4, start: start)
        case UInt8(ascii: "U"): return try parseUnicodeEscape(digits: 8, start: start)
        default:
            index = start
            throw error("unknown escape \\\(describe(at: start + 1, quoted: false)) in a string")
        }
    }

    private mutating func parseUnicodeEscape(digits: Int, start: Int) throws(TOMLError) -> [UInt8] {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = peek(), let digit = Self.hexDigit(byte) else {
                index = start
                throw error("\\\(digits == 4 ? "u" : "U") needs \(digits) hex digits")
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            index = start
            throw error("\\\(digits == 4 ? "u" : "U") escape is not a Unicode character")
        }
        return Array(String(Character(scalar)).utf8)
    }

    // MARK: Arrays

    private mutating func parseArray(depth: Int) throws(TOMLError) -> TOMLValue {
        guard depth < Self.maxNesting else { throw error("arrays nested more than \(Self.maxNesting) deep") }
        let openLine = line
        index += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlankSpace(inArrayOpenedOn: openLine)
            if peek() == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            items.append(try parseValue(depth: depth + 1))
            try skipBlankSpace(inArrayOpenedOn: openLine)
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(items)
            default:
                throw error("expected ',' or ']' in the array, found \(describe(at: index))")
            }
        }
    }

    /// Spaces, new lines and comments inside an array.
    private mutating func skipBlankSpace(inArrayOpenedOn openLine: Int) throws(TOMLError) {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): index += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try consumeNewline()
            case UInt8(ascii: "#"): try skipComment()
            default: return
            }
        }
        throw error("unterminated array (opened on line \(openLine))")
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
