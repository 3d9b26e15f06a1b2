/// Bare values: integers, booleans, and the floats and dates that are
/// not supported.
extension TOMLParser {
    /// A run of letters, digits and number punctuation: true, false, or an
    /// integer; floats, dates and bare words are errors.
    mutating func parseBareValue() throws(TOMLError) -> TOMLValue {
        let start = index
        while let byte = peek(), Self.isBareValueByte(byte) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        let (errorLine, errorColumn) = (line, column(at: start))
        let fail = { (problem: String) in TOMLError(line: errorLine, column: errorColumn, problem: problem) }
        switch word {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: break
        }
        let unsigned = word.hasPrefix("+") || word.hasPrefix("-") ? String(word.dropFirst()) : word
        if unsigned == "inf" || unsigned == "nan" { throw fail("floats are not supported") }
        guard let first = unsigned.first, first.isASCII, first.isNumber else {
            throw fail("unknown value \(QuotedText.quoted(word)) (strings need quotes)")
        }
        if word.contains(":") || Self.looksLikeDate(unsigned) { throw fail("dates and times are not supported") }
        if let integer = try Self.integer(word, fail: fail) { return .integer(integer) }
        throw fail("floats are not supported")
    }

    /// The integer `word` spells, nil when it is a float, or an error.
    private static func integer(_ word: String, fail: (String) -> TOMLError) throws(TOMLError) -> Int? {
        let sign = word.first == "-" ? "-" : ""
        let unsigned = word.first == "+" || word.first == "-" ? String(word.dropFirst()) : word
        let radixes: [(prefix: String, radix: Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
        if let (prefix, radix) = radixes.first(where: { unsigned.hasPrefix($0.prefix) }) {
            guard sign.isEmpty, word.first != "+" else { throw fail("a \(prefix) integer cannot have a sign") }
            let digits = String(unsigned.dropFirst(2))
            guard validUnderscores(digits), let value = Int(digits.filter { $0 != "_" }, radix: radix) else {
                throw fail(Self.tooLarge(digits, radix: radix) ? "integer \(QuotedText.quoted(word)) is too large" : "invalid integer \(QuotedText.quoted(word))")
            }
            return value
        }
        if unsigned.contains(".") || unsigned.contains("e") || unsigned.contains("E") {
            return nil
        }
        guard validUnderscores(unsigned), unsigned.allSatisfy({ $0 == "_" || ("0"..."9").contains($0) }) else {
            throw fail("invalid integer \(QuotedText.quoted(word))")
        }
        let digits = unsigned.filter { $0 != "_" }
        guard digits == "0" || !digits.hasPrefix("0") else { throw fail("integers cannot have leading zeros") }
        guard let value = Int(sign + digits) else { throw fail("integer \(QuotedText.quoted(word)) is too large") }
        return value
    }

    /// Underscores only between digits.
    private static func validUnderscores(_ digits: String) -> Bool {
        !digits.isEmpty && !digits.hasPrefix("_") && !digits.hasSuffix("_") && !digits.contains("__")
    }

    private static func tooLarge(_ digits: String, radix: Int) -> Bool {
        let plain = digits.filter { $0 != "_" }
        return !plain.isEmpty && plain.allSatisfy { $0.isHexDigit && Int(String($0), radix: radix) != nil }
    }

    /// `1979-05-27` and the like.
    private static func looksLikeDate(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 10 else { return false }
        let digit = { (i: Int) in bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        return (0..<4).allSatisfy(digit) && bytes[4] == UInt8(ascii: "-") && digit(5) && digit(6) && bytes[7] == UInt8(ascii: "-")
    }

    static func isBareValueByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
