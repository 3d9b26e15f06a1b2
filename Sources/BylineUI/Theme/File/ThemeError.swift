/// Why a theme could not be loaded. Its description is always one line,
/// `PATH:LINE: problem` (or `PATH: problem` when no line applies, or just the
/// problem when no file does), for example:
///
///     /home/u/.config/byline/themes/mine.toml:12: unknown colour "blurple"
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The theme file at fault, if any.
    public var path: String?
    /// The 1-based line in `path`, if the problem is on one line.
    public var line: Int?
    /// The 1-based column, when known (syntax errors); not in `description`.
    public var column: Int?
    /// What is wrong, in a few words.
    public var problem: String

    /// A problem, with the file and line it was found at when there are any.
    public init(path: String? = nil, line: Int? = nil, column: Int? = nil, problem: String) {
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// A syntax error in the file at `path`.
    public init(path: String, syntax error: TOMLError) {
        self.init(path: path, line: error.line, column: error.column, problem: error.problem)
    }

    /// `PATH:LINE: problem`, on one line whatever the path or problem hold.
    public var description: String {
        var location = ""
        if let path {
            location = path
            if let line { location += ":\(line)" }
            location += ": "
        }
        return QuotedText.oneLine(location + problem)
    }
}
