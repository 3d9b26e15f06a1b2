/// The counts of one load, as printed on the closing line:
/// `2095 articles from 2095 files, 0 skipped`.
public struct LoadSummary: Sendable, Hashable, CustomStringConvertible {
    /// Articles loaded.
    public var articles = 0
    /// Files that gave at least one article.
    public var files = 0
    /// Files and folders skipped whole.
    public var skippedFiles = 0
    /// Records of multi-article files skipped while the rest of the file was kept.
    public var skippedRecords = 0
    /// Files passed over because their extension is not an article format.
    public var ignoredFiles: [String] = []

    public init() {}

    public var description: String {
        var line = "\(articles) \(articles == 1 ? "article" : "articles") from \(files) \(files == 1 ? "file" : "files"), \(skippedFiles) skipped"
        if skippedRecords > 0 {
            line += ", \(skippedRecords) bad \(skippedRecords == 1 ? "record" : "records") skipped"
        }
        return line
    }
}
