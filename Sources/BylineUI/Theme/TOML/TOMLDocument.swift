/// A parsed TOML document, kept flat: every value with its full key path
/// (table path plus key, dotted keys split) and the line it was set on, so
/// that whoever interprets the document can name the line of a bad setting.
///
/// The supported subset: comments, `[table]` and `[dotted.table]` headers,
/// bare and quoted keys (dotted keys too), basic strings with escapes,
/// literal strings, integers (decimal, `0x`, `0o`, `0b`, with `_`),
/// booleans and arrays (nested, multi-line, trailing comma). Anything else
/// (floats, dates, inline tables, `[[arrays of tables]]`, multi-line
/// strings) is an error naming the line, never a crash.
public struct TOMLDocument: Sendable, Hashable {
    /// One `key = value` setting.
    public struct Entry: Sendable, Hashable {
        /// The full key path: the table's path followed by the key's parts.
        public var path: [String]
        /// The value set.
        public var value: TOMLValue
        /// The 1-based line and column where the key starts.
        public var line: Int
        public var column: Int
    }

    /// One `[table]` header.
    public struct Table: Sendable, Hashable {
        /// The table's path: `[marks.selection]` is `["marks", "selection"]`.
        public var path: [String]
        /// The 1-based line of the header.
        public var line: Int
    }

    /// Every setting, in the order of the file.
    public private(set) var entries: [Entry]
    /// Every table header, in the order of the file.
    public private(set) var tables: [Table]
    private var index: [[String]: Int]

    /// Parses `text`, throwing the first problem found.
    public init(parsing text: String) throws(TOMLError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// Parses UTF-8 `bytes` (a leading byte-order mark is skipped), throwing
    /// the first problem found, including bytes that are not UTF-8.
    public init(parsing bytes: [UInt8]) throws(TOMLError) {
        var parser = TOMLParser(bytes: bytes)
        try parser.parse()
        entries = parser.entries
        tables = parser.tables
        var index = [[String]: Int]()
        for (position, entry) in parser.entries.enumerated() { index[entry.path] = position }
        self.index = index
    }

    /// The setting at exactly `path`, if there is one.
    public func entry(at path: [String]) -> Entry? {
        index[path].map { entries[$0] }
    }

    /// The value at exactly `path`, if there is one.
    public subscript(path: String...) -> TOMLValue? {
        entry(at: path)?.value
    }

    /// True when `path` is a table: it has a header or a setting under it.
    public func hasTable(_ path: [String]) -> Bool {
        tables.contains { $0.path == path }
            || entries.contains { $0.path.count > path.count && Array($0.path.prefix(path.count)) == path }
    }
}
