/// What a format parser read from a file, before cleaning and assembly.
///
/// Paragraphs are given as lines so that boilerplate can be removed line by
/// line before the lines of a paragraph are joined; the lines are parts of
/// the parsed text, not copies of each line.
struct ArticleDraft: Sendable {
    var title: String?
    var source: String?
    var author: String?
    var date: NewsDate?
    var url: String?
    var paragraphs: [[Substring]] = []

    /// Paragraphs from lines that are strings of their own (HTML, Markdown).
    static func paragraphs(of lines: [[String]]) -> [[Substring]] {
        lines.map { $0.map { $0[...] } }
    }
}
