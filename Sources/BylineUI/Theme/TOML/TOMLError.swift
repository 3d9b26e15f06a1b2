/// Why a TOML document could not be read: where (1-based line and column)
/// and a short problem text, such as `expected '=' after the key "fg"`.
public struct TOMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line the problem was found on.
    public var line: Int
    /// The 1-based column (in characters) the problem was found at.
    public var column: Int
    /// What is wrong, in a few words, on one line.
    public var problem: String

    /// An error at `line` and `column` (both 1-based).
    public init(line: Int, column: Int, problem: String) {
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// `line L, column C: problem`.
    public var description: String { "line \(line), column \(column): \(problem)" }
}
