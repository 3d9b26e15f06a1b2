/// Reads the structure of a TOML document: lines, comments, table headers,
/// keys and the table/value bookkeeping that rejects duplicates. Values are
/// read in `TOMLParser+Values.swift`, positions and messages in
/// `TOMLParser+Text.swift`.
struct TOMLParser {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0
    private(set) var entries: [TOMLDocument.Entry] = []
    private(set) var tables: [TOMLDocument.Table] = []
    private var kinds: [[String]: Kind] = [:]
    private var currentTable: [String] = []

    /// What a key path has been defined as so far.
    private enum Kind {
        case value
        /// A table made by a header.
        case explicitTable
        /// A table made on the way to a deeper header or dotted key.
        case implicitTable
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
    }

    /// Reads the whole document, stopping at the first problem.
    mutating func parse() throws(TOMLError) {
        try validateUTF8()
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "#"):
                try skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                try consumeNewline()
            case UInt8(ascii: "["):
                try parseHeader()
                try expectEndOfLine(after: "the table header")
            default:
                try parseKeyValue()
                try expectEndOfLine(after: "the value")
            }
        }
    }

    // MARK: Lines and comments

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// Consumes `\n` or `\r\n`.
    mutating func consumeNewline() throws(TOMLError) {
        if peek() == UInt8(ascii: "\r") {
            guard peek(1) == UInt8(ascii: "\n") else { throw error("carriage return without a line feed") }
            index += 1
        }
        index += 1
        line += 1
        lineStart = index
    }

    mutating func skipSpaces() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    }

    /// Skips a `#` comment up to (not including) the end of the line.
    mutating func skipComment() throws(TOMLError) {
        while let byte = peek(), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") { return }
            if Self.isControl(byte) { throw error("\(describe(at: index)) in a comment") }
            index += 1
        }
    }

    /// Spaces, an optional comment, then the end of the line or file.
    mutating func expectEndOfLine(after what: String) throws(TOMLError) {
        skipSpaces()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        guard let byte = peek() else { return }
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return }
        throw error("expected the end of the line after \(what), found \(describe(at: index))")
    }

    // MARK: Headers and keys

    private mutating func parseHeader() throws(TOMLError) {
        let headerLine = line
        index += 1
        if peek() == UInt8(ascii: "[") { throw error("arrays of tables ([[…]]) are not supported") }
        skipSpaces()
        let path = try parseKey()
        skipSpaces()
        guard peek() == UInt8(ascii: "]") else {
            throw error("expected ']' to close the table header, found \(describe(at: index))")
        }
        index += 1
        try defineTable(path)
        tables.append(TOMLDocument.Table(path: path, line: headerLine))
        currentTable = path
    }

    private mutating func parseKeyValue() throws(TOMLError) {
        let keyLine = line
        let keyColumn = column(at: index)
        let key = try parseKey()
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else {
            throw error("expected '=' after the key \(QuotedText.quoted(key.joined(separator: "."))), found \(describe(at: index))")
        }
        index += 1
        skipSpaces()
        let value = try parseValue(depth: 0)
        let path = currentTable + key
        try defineValue(path, line: keyLine, column: keyColumn)
        entries.append(TOMLDocument.Entry(path: path, value: value, line: keyLine, column: keyColumn))
    }

    /// A key: simple keys joined by dots, with optional spaces around them.
    private mutating func parseKey() throws(TOMLError) -> [String] {
        var parts = [try parseSimpleKey()]
        while true {
            let save = index
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else {
                index = save
                return parts
            }
            index += 1
            skipSpaces()
            parts.append(try parseSimpleKey())
        }
    }

    private mutating func parseSimpleKey() throws(TOMLError) -> String {
        switch peek() {
        case UInt8(ascii: "\""):
            return try parseBasicString()
        case UInt8(ascii: "'"):
            return try parseLiteralString()
        default:
            let start = index
            while let byte = peek(), Self.isBareKeyByte(byte) { index += 1 }
            guard index > start else { throw error("expected a key, found \(describe(at: index))") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    // MARK: Definitions

    private mutating func defineTable(_ path: [String]) throws(TOMLError) {
        try defineParents(of: path)
        switch kinds[path] {
        case .value:
            throw error("\(Self.name(path)) is already set to a value, it cannot also be a table")
        case .explicitTable:
            throw error("the table [\(path.joined(separator: "."))] is defined twice")
        case .implicitTable, nil:
            kinds[path] = .explicitTable
        }
    }

    private mutating func defineValue(_ path: [String], line: Int, column: Int) throws(TOMLError) {
        try defineParents(of: path)
        switch kinds[path] {
        case .value:
            throw TOMLError(line: line, column: column, problem: "\(Self.name(path)) is set twice")
        case .explicitTable, .implicitTable:
            throw TOMLError(line: line, column: column, problem: "\(Self.name(path)) is a table, it cannot also be set to a value")
        case nil:
            kinds[path] = .value
        }
    }

    private mutating func defineParents(of path: [String]) throws(TOMLError) {
        for length in 1..<max(path.count, 1) {
            let parent = Array(path.prefix(length))
            switch kinds[parent] {
            case .value:
                throw error("\(Self.name(parent)) is set to a value, it cannot hold keys")
            case .explicitTable, .implicitTable:
                continue
            case nil:
                kinds[parent] = .implicitTable
            }
        }
    }

    private static func name(_ path: [String]) -> String {
        QuotedText.quoted(path.joined(separator: "."))
    }
}
