/// Reads one article file (any format but streamed JSON Lines) into articles.
enum ArticleFileReader {
    static func read(_ file: SourceFile, maxFileSize: Int) -> [LoadEvent<Article>] {
        let path = file.relativePath
        let bytes: [UInt8]
        switch FileSystem.readFile(file.absolutePath, limit: file.format == .jsonLines ? Int.max : maxFileSize) {
        case .success(let b): bytes = b
        case .failure(.system(let failure)): return [skip(path, "cannot read (\(failure.message))")]
        case .failure(.notRegular(let kind)): return [skip(path, "not a regular file but a \(kind.name); not opened")]
        case .failure(.tooLarge(let size)):
            return [skip(path, "file is \(ByteCount(size)), over the \(ByteCount(maxFileSize)) limit (see --max-file-size)")]
        case .failure(.lineTooLong): return [skip(path, "cannot read")]  // only streams report this
        }
        guard !bytes.isEmpty else { return [skip(path, "empty file")] }
        let decoded: String
        switch TextDecoding.string(from: bytes) {
        case .success(let string): decoded = string
        case .failure(.binary): return [skip(path, "binary file (contains NUL bytes), not text")]
        }
        let text = TextCleaner.document(decoded)
        guard text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else {
            return [skip(path, "no text (only white space)")]
        }
        let format = file.format.refined(by: text)
        var read = articles(in: text, format: format, path: path)
        // A single article of text, markup or Markdown: where its text stands in the file.
        if read.count == 1, case .article(var article) = read[0], format != .json, format != .jsonLines,
           let verbatim = VerbatimText.find(article.text, in: bytes) {
            article.verbatim = verbatim
            read[0] = .article(article)
        }
        return read
    }

    /// Articles from the decoded, cleaned text of one file.
    static func articles(in text: String, format: FileFormat, path: String) -> [LoadEvent<Article>] {
        switch format {
        case .plainText: return [assemble(PlainTextFormat.parse(text), path: path)]
        case .markdown: return [assemble(MarkdownFormat.parse(text), path: path)]
        case .html: return [assemble(HTMLFormat.parse(text), path: path)]
        case .json: return jsonDocument(text, path: path)
        case .jsonLines: return JSONLinesReader.records(in: Array(text.utf8), path: path)
        }
    }

    private static func jsonDocument(_ text: String, path: String) -> [LoadEvent<Article>] {
        let bytes = Array(text.utf8)
        switch JSONFormat.object(from: bytes) {
        case .failure(.malformed(let line, let column, let detail)):
            // JSON Lines saved as .json: several objects, one per line.
            let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
            if lines.count > 1, lines.allSatisfy({ $0.first == "{" }) {
                return JSONLinesReader.records(in: bytes, path: path)
            }
            // A .txt that merely starts with a bracket is still text.
            if FileFormat(fileName: path) != .json, FileFormat(fileName: path) != .jsonLines {
                return [assemble(PlainTextFormat.parse(text), path: path)]
            }
            let at = line.map { " at line \($0)" + (column.map { ", column \($0)" } ?? "") } ?? ""
            return [skip(path, "malformed JSON\(at) (\(detail))")]
        case .failure(.notAnArticle):
            return [skip(path, "no article in this JSON")]
        case .success(let value):
            guard let records = JSONFormat.records(in: value) else {
                switch JSONFormat.draft(from: value) {
                case .success(let draft): return [assemble(draft, path: path)]
                case .failure: return [skip(path, JSONLinesReader.noTextReason)]
                }
            }
            guard !records.isEmpty else { return [skip(path, "empty JSON array, no articles")] }
            return records.enumerated().map { offset, record in
                let number = offset + 1
                switch JSONFormat.draft(from: record) {
                case .success(let draft):
                    return assemble(draft, path: path, record: number)
                case .failure:
                    return .problem(LoadProblem(path: path, scope: .record(number: number, line: nil),
                                                reason: JSONLinesReader.noTextReason))
                }
            }
        }
    }

    static func assemble(_ draft: ArticleDraft, path: String, record: Int? = nil, line: Int? = nil) -> LoadEvent<Article> {
        switch ArticleAssembler.assemble(draft, path: path, record: record) {
        case .success(let article): return .article(article)
        case .failure(.noText):
            let scope: LoadProblem.Scope = record.map { .record(number: $0, line: line) } ?? .file
            return .problem(LoadProblem(path: path, scope: scope, reason: "no article text (only boilerplate or a title)"))
        }
    }

    private static func skip(_ path: String, _ reason: String) -> LoadEvent<Article> {
        .problem(LoadProblem(path: path, reason: reason))
    }
}
