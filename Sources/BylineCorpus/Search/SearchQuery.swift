/// A parsed search query.
///
/// The language, all of it case- and diacritic-insensitive:
/// - `oil price` — documents with both words, whole. The last word is a
///   prefix while it is being typed (`oil pri` finds "price", "prices"),
///   and whole once a space follows it.
/// - `"oil price"` — the words next to each other (an unclosed quote is a
///   phrase being typed: its last word is a prefix).
/// - `!word`, `!"a phrase"`, `!person:blair` — documents without it; a
///   negated word is never a prefix.
/// - `person:blair`, `org:`, `place:`, `group:` — an entity of that type
///   whose canonical name has the word (`person:blair` finds "Tony Blair";
///   `person:"tony blair"` needs both, in order); `speaker:` the same for
///   claim speakers, `source:` for the article's outlet or folder.
/// - `date:2019`, `date:2019-10`, `date:2019-10-05`, `date:2019-10..2019-11`,
///   `date:..2019-11`, `date:2019-10..` — dates, inclusive.
///
/// Anything else is words: an unknown field (`foo:bar`), punctuation, a
/// lone quote, `!!!`. A word the tokenizer splits (`covid-19`, `U.S.`) is
/// a phrase of its parts. At most 64 distinct clauses are kept.
public struct SearchQuery: Sendable, Hashable {
    /// The text the query was parsed from.
    public let text: String
    /// The conditions a document must meet, in the order written.
    public let clauses: [SearchClause]

    /// Parses `text`; never fails.
    public init(parsing text: String) {
        self.text = text
        clauses = SearchQueryParser.clauses(text)
    }

    /// True when the query has no condition: it matches every document.
    public var isEmpty: Bool { clauses.isEmpty }
}
