/// Positions, error messages and the up-front UTF-8 check.
extension TOMLParser {
    /// The 1-based column of byte `position` on the current line, counted
    /// in characters.
    func column(at position: Int) -> Int {
        let end = min(max(position, lineStart), bytes.count)
        return String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
    }

    /// An error at the current position.
    func error(_ problem: String) -> TOMLError {
        error(problem, at: index)
    }

    /// An error at byte `position` of the current line.
    func error(_ problem: String, at position: Int) -> TOMLError {
        TOMLError(line: line, column: column(at: position), problem: problem)
    }

    /// What is at byte `position`, for "found …" in messages: `'x'`, "the
    /// end of the line", "the end of the file" or a character code.
    func describe(at position: Int, quoted: Bool = true) -> String {
        guard position < bytes.count else { return "the end of the file" }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return "the end of the line" }
        if byte >= 0x21, byte < 0x7F {
            let character = String(UnicodeScalar(byte))
            return quoted ? "'\(character)'" : character
        }
        let scalar = String(decoding: bytes[position..<min(position + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
        let code = String(scalar?.value ?? UInt32(byte), radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return byte == UInt8(ascii: " ") ? "a space" : "character U+\(padded)"
    }

    /// Control characters TOML does not allow outside escapes (tab is fine).
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F
    }

    /// Throws, naming the line, when the bytes are not UTF-8.
    func validateUTF8() throws(TOMLError) {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        var lineNumber = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { lineNumber += 1 }
            case .emptyInput:
                return
            case .error:
                throw TOMLError(line: lineNumber, column: 1, problem: "the file is not UTF-8 text")
            }
        }
    }
}
