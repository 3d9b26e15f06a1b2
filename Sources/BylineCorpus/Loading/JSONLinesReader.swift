/// JSON Lines (`.jsonl`, `.ndjson`): one article object per line, streamed
/// in batches so that a file of a million articles is never held whole.
/// A malformed line is reported with its line number; the good lines are kept.
enum JSONLinesReader {
    static let noTextReason = "no article text (expected a text, body, content or article field)"

    /// One record of a JSON Lines file.
    struct Line: Sendable {
        var bytes: [UInt8]
        /// 1-based line number in the file.
        var number: Int
        /// 1-based count of non-blank lines: the `#N` of the article's id.
        var record: Int
    }

    /// Reads every record of an in-memory JSON Lines document.
    static func records(in bytes: [UInt8], path: String) -> [LoadEvent<Article>] {
        var splitter = LineSplitter()
        return splitter.lines(in: bytes[...], isFinal: true).map { article(from: $0, path: path) }
    }

    /// The article, or the problem, of one line.
    static func article(from line: Line, path: String) -> LoadEvent<Article> {
        var bytes = line.bytes
        if !TextDecoding.isValidUTF8(bytes) { bytes = TextDecoding.windows1252ToUTF8(bytes) }
        switch JSONFormat.object(from: bytes) {
        case .failure(.malformed(_, let column, let detail)):
            return problem(path, line, "malformed JSON" + (column.map { " at column \($0)" } ?? "") + " (\(detail))")
        case .failure(.notAnArticle):
            return problem(path, line, "not a JSON object")
        case .success(let value):
            switch JSONFormat.draft(from: value) {
            case .success(let draft):
                return ArticleFileReader.assemble(draft, path: path, record: line.record, line: line.number)
            case .failure:
                return problem(path, line, value is [String: Any] ? noTextReason : "not a JSON object")
            }
        }
    }

    /// Record number `record` of the file at `path`, read again: the lines
    /// before it are split but not parsed.
    static func record(_ record: Int, inFile path: String, relativePath: String) -> Article? {
        guard let stream = try? Stream(path: path) else { return nil }
        while let lines = try? stream.nextBatch() {
            guard let last = lines.last, last.record >= record else { continue }
            guard let line = lines.first(where: { $0.record == record }),
                  case .article(let article) = Self.article(from: line, path: relativePath) else { return nil }
            return article
        }
        return nil
    }

    private static func problem(_ path: String, _ line: Line, _ reason: String) -> LoadEvent<Article> {
        .problem(LoadProblem(path: path, scope: .record(number: line.record, line: line.number), reason: reason))
    }

    /// Cuts a byte stream into lines, keeping count across chunks.
    struct LineSplitter {
        private var lineNumber = 0
        private var recordNumber = 0
        var linesSeen: Int { lineNumber }

        /// Complete lines in `chunk`; with `isFinal`, the unterminated tail too.
        /// Returns the lines; the caller keeps any unterminated tail itself (see `tailStart`).
        mutating func lines(in chunk: ArraySlice<UInt8>, isFinal: Bool) -> [Line] {
            var result = [Line]()
            var start = chunk.startIndex
            var index = chunk.startIndex
            while index < chunk.endIndex {
                if chunk[index] == 0x0A {
                    append(chunk[start..<index], to: &result)
                    start = index + 1
                }
                index += 1
            }
            if isFinal && start < chunk.endIndex { append(chunk[start...], to: &result) }
            return result
        }

        /// Index in `chunk` where its unterminated last line begins.
        static func tailStart(of chunk: ArraySlice<UInt8>) -> Int {
            (chunk.lastIndex(of: 0x0A).map { $0 + 1 }) ?? chunk.startIndex
        }

        private mutating func append(_ raw: ArraySlice<UInt8>, to result: inout [Line]) {
            lineNumber += 1
            var bytes = raw
            if lineNumber == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
            recordNumber += 1
            result.append(Line(bytes: Array(bytes), number: lineNumber, record: recordNumber))
        }
    }

    /// Reads a JSON Lines file a batch of lines at a time.
    final class Stream {
        static let chunkSize = 4 << 20
        static let longestLine = 64 << 20
        private let file: FileSystem.Stream
        private var splitter = LineSplitter()
        private var pending = [UInt8]()
        private var finished = false

        init(path: String) throws(FileSystem.ReadFailure) {
            file = try FileSystem.Stream(path: path)
        }

        /// The next lines, or nil at the end of the file.
        func nextBatch() throws(FileSystem.ReadFailure) -> [Line]? {
            while !finished {
                let read = try file.read(into: &pending, count: Stream.chunkSize)
                if read == 0 {
                    finished = true
                    let lines = splitter.lines(in: pending[...], isFinal: true)
                    pending = []
                    return lines.isEmpty ? nil : lines
                }
                let tail = LineSplitter.tailStart(of: pending[...])
                guard tail > 0 else {
                    // No complete line yet: read more, up to a sane line length.
                    if pending.count > Stream.longestLine { throw .lineTooLong(afterLine: splitter.linesSeen) }
                    continue
                }
                let lines = splitter.lines(in: pending[..<tail], isFinal: false)
                pending.removeFirst(tail)
                if !lines.isEmpty { return lines }
            }
            return nil
        }
    }
}
