/// Everything opening a corpus produced that a later opening can reuse:
/// the files read (with size and modification time, to tell whether they
/// changed), the articles listed, what the analysis found in each, the
/// corpus's capitalisation evidence and the search index.
struct CorpusSnapshot: Sendable {
    /// One file that was read, and what came of it.
    struct File: Sendable {
        var path: String
        var size: Int
        var modified: Int64
        /// Its articles are `entries[firstArticle ..< firstArticle + articleCount]`.
        var firstArticle: Int
        var articleCount: Int
        /// Why the file, or some of its records, were skipped (one line each).
        var problems: [String]
    }

    var files: [File] = []
    var entries: [ArticleEntry] = []
    var facts = ArticleFacts()
    var evidence = CapitalisationEvidence()
    var index = SearchIndex()

    func write(to writer: inout BinaryWriter) {
        writer.count(files.count)
        for file in files {
            writer.string(file.path)
            writer.count(file.size)
            writer.signed(Int(file.modified))
            writer.count(file.firstArticle)
            writer.count(file.articleCount)
            writer.count(file.problems.count)
            for problem in file.problems { writer.string(problem) }
        }
        writer.count(entries.count)
        for entry in entries { entry.write(to: &writer) }
        facts.write(to: &writer)
        evidence.write(to: &writer)
        index.write(to: &writer)
    }

    init() {}

    init(reading reader: inout BinaryReader) throws(StoreError) {
        let fileCount = try reader.count(minimumBytes: 6)
        files.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            let path = try reader.string()
            let size = try reader.number()
            let modified = Int64(try reader.signed())
            let first = try reader.number(), count = try reader.number()
            var problems: [String] = []
            for _ in 0..<(try reader.count()) { problems.append(try reader.string()) }
            files.append(File(path: path, size: size, modified: modified, firstArticle: first, articleCount: count, problems: problems))
        }
        let entryCount = try reader.count(minimumBytes: 8)
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount { entries.append(try ArticleEntry(reading: &reader)) }
        facts = try ArticleFacts(reading: &reader)
        evidence = try CapitalisationEvidence(reading: &reader)
        index = try SearchIndex(reading: &reader)
        guard facts.articleCount == entries.count, index.documentCount >= 0,
              files.allSatisfy({ $0.firstArticle + $0.articleCount <= entries.count }) else {
            throw .damaged("parts disagree")
        }
    }
}
