/// Which articles have been read and which are bookmarked, by article id;
/// kept per corpus under `$XDG_STATE_HOME/byline`, never in the corpus.
public struct ReadingMarks: Sendable, Hashable, Codable {
    public var read: Set<String> = []
    public var bookmarked: Set<String> = []

    public init(read: Set<String> = [], bookmarked: Set<String> = []) {
        self.read = read
        self.bookmarked = bookmarked
    }
}
