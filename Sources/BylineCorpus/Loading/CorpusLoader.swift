import Foundation

/// Opens a corpus — a folder walked recursively, or a single file — and
/// delivers its articles in corpus order, parsing on all cores.
///
/// Loading streams: articles are handed to `emit` batch by batch and need
/// not be kept, so `byline extract` runs in little memory on any corpus.
/// The order of articles and problems is the walk order whatever the number
/// of threads, so output is deterministic.
public struct CorpusLoader: Sendable {
    /// Why a corpus cannot be opened at all.
    public enum OpenError: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, reason: String)
        case notFileOrFolder(String, kind: String)

        public var description: String {
            switch self {
            case .notFound(let path): return "\(path.escapingControlCharacters): no such file or folder"
            case .unreadable(let path, let reason): return "\(path.escapingControlCharacters): cannot read (\(reason))"
            case .notFileOrFolder(let path, let kind): return "\(path.escapingControlCharacters): is a \(kind), not a file or folder"
            }
        }
    }

    /// The path as given.
    public let path: String
    public let options: LoadOptions
    /// True when `path` is a single file rather than a folder.
    public let isSingleFile: Bool

    /// Files per parallel batch, and bytes: a batch ends at whichever comes first.
    static let batchFiles = 512
    static let batchBytes = 32 << 20

    public init(path: String, options: LoadOptions = LoadOptions()) throws(OpenError) {
        self.path = path
        self.options = options
        switch FileSystem.status(path, followLinks: true) {
        case .failure(let failure):
            if failure.code == ENOENT || failure.code == ENOTDIR { throw .notFound(path) }
            throw .unreadable(path, reason: failure.message)
        case .success(let status):
            switch status.kind {
            case .directory:
                if case .failure(let failure) = FileSystem.entries(of: path) {
                    throw .unreadable(path, reason: failure.message)
                }
                isSingleFile = false
            case .regular:
                if access(path, R_OK) != 0 { throw .unreadable(path, reason: String(cString: strerror(errno))) }
                isSingleFile = true
            default:
                throw .notFileOrFolder(path, kind: status.kind.name)
            }
        }
    }

    /// The files of the corpus in corpus order, with the problems the walk
    /// met among them, and the files passed over.
    struct Listing: Sendable {
        var entries: [CorpusWalker.Entry]
        var ignored: [String]
    }

    /// Walks the corpus (or takes its one file) without reading any file.
    func listing() -> Listing {
        if isSingleFile {
            let name = (path as NSString).lastPathComponent
            let status = try? FileSystem.status(path, followLinks: true).get()
            let format = FileFormat(fileName: name) ?? .plainText
            let file = SourceFile(relativePath: name, absolutePath: path, size: status?.size ?? 0, format: format,
                                  modified: status?.modified ?? 0)
            return Listing(entries: [.file(file)], ignored: [])
        }
        var walker = CorpusWalker(root: path, maxFileSize: options.maxFileSize)
        walker.walk()
        return Listing(entries: walker.entries, ignored: walker.ignored)
    }

    /// Loads the corpus, calling `transform` on worker threads for each
    /// article and `emit` on the calling thread, in corpus order, for each
    /// transformed article and each problem.
    ///
    /// `walked` is told how many files the walk found before parsing starts;
    /// `isCancelled` is asked between batches, and loading stops early when
    /// it returns true.
    @discardableResult
    public func load<Item: Sendable>(
        transform: @escaping @Sendable (Article) -> Item,
        walked: (Int) -> Void = { _ in },
        isCancelled: () -> Bool = { false },
        emit: (LoadEvent<Item>) -> Void
    ) -> LoadSummary {
        load(listing(), transform: transform, walked: walked, isCancelled: isCancelled, emit: emit)
    }

    /// Walks the corpus on a thread of its own, handing the entries over as
    /// they are found (see ``ListingStream``).
    func streamListing() -> ListingStream {
        let stream = ListingStream()
        if isSingleFile {
            let listing = listing()
            stream.add(listing.entries[...])
            stream.finish(ignored: listing.ignored)
            return stream
        }
        let (path, maxFileSize) = (path, options.maxFileSize)
        let thread = Thread {
            var walker = CorpusWalker(root: path, maxFileSize: maxFileSize, stream: stream)
            walker.walk()
        }
        thread.stackSize = 8 << 20  // folders nest up to CorpusWalker.depthLimit deep
        thread.start()
        return stream
    }

    /// Loads the entries of `listing` (all of it, or a part in corpus order).
    @discardableResult
    func load<Item: Sendable>(
        _ listing: Listing,
        transform: @escaping @Sendable (Article) -> Item,
        walked: (Int) -> Void = { _ in },
        isCancelled: () -> Bool = { false },
        emit: (LoadEvent<Item>) -> Void
    ) -> LoadSummary {
        walked(listing.entries.count)
        // Files not in the page cache are asked for ahead of the parsers.
        let readahead = Readahead.startIfUncached(Readahead.paths(of: listing.entries))
        defer { readahead?.stop() }
        var summary = load(entries: listing.entries, readahead: readahead, transform: transform, isCancelled: isCancelled, emit: emit)
        summary.ignoredFiles = listing.ignored
        return summary
    }

    /// Loads the entries of `stream` as the walk finds them (with no
    /// read-ahead: for files already in the page cache).
    @discardableResult
    func load<Item: Sendable>(
        streamed stream: ListingStream,
        transform: @escaping @Sendable (Article) -> Item,
        isCancelled: () -> Bool = { false },
        emit: (LoadEvent<Item>) -> Void
    ) -> LoadSummary {
        var summary = load(entries: stream.sequence, readahead: nil, transform: transform, isCancelled: isCancelled, emit: emit)
        if isCancelled() { stream.abandon() }
        summary.ignoredFiles = stream.listing.ignored
        return summary
    }

    private func load<Item: Sendable>(
        entries: some Sequence<CorpusWalker.Entry>,
        readahead: Readahead?,
        transform: @escaping @Sendable (Article) -> Item,
        isCancelled: () -> Bool,
        emit: (LoadEvent<Item>) -> Void
    ) -> LoadSummary {
        let summary = LoadSummary()
        var handedOut = 0
        // Entries go to the workers in batches, problems found by the walk
        // among them, so that they come out in corpus order.
        var delivery = OrderedDelivery<Item>(summary: summary)
        var batch = [CorpusWalker.Entry]()
        var batchBytes = 0
        func submitBatch() {
            guard !batch.isEmpty else { return }
            handedOut += batch.count
            readahead?.handedOut(upTo: handedOut)
            let entries = batch
            let options = self.options
            delivery.submit(emit: emit) { [self] in
                parallelMap(entries) { entry in
                    switch entry {
                    case .problem(let problem):
                        return [.problem(problem)]
                    case .file(let file):
                        return ArticleFileReader.read(file, maxFileSize: options.maxFileSize).map { $0.mapArticle(transform) }
                    }
                }
            }
            batch = []
            batchBytes = 0
        }

        for entry in entries {
            if isCancelled() { break }
            if case .file(let file) = entry, file.format == .jsonLines {
                submitBatch()
                delivery.drain(emit: emit)
                let before = delivery.summary.articles
                streamJSONLines(file, into: &delivery, transform: transform, emit: emit)
                if delivery.summary.articles > before { delivery.summary.files += 1 }
                continue
            }
            batch.append(entry)
            if case .file(let file) = entry { batchBytes += file.size }
            if batch.count >= CorpusLoader.batchFiles || batchBytes >= CorpusLoader.batchBytes { submitBatch() }
        }
        submitBatch()
        delivery.drain(emit: emit)
        return delivery.summary
    }

    /// Streams a JSON Lines file: each batch of lines is parsed on the
    /// workers while the batch before it is delivered.
    private func streamJSONLines<Item: Sendable>(
        _ file: SourceFile, into delivery: inout OrderedDelivery<Item>,
        transform: @escaping @Sendable (Article) -> Item, emit: (LoadEvent<Item>) -> Void
    ) {
        let path = file.relativePath
        func report(_ problem: LoadProblem) {
            delivery.drain(emit: emit)
            delivery.deliver([.problem(problem)], fromOneFile: false, emit: emit)
        }
        do {
            let stream = try JSONLinesReader.Stream(path: file.absolutePath)
            var sawRecord = false
            while let lines = try stream.nextBatch() {
                sawRecord = true
                // Slices, so that each worker gets a share of the batch.
                let slices = stride(from: 0, to: lines.count, by: 256).map { lines[$0..<min($0 + 256, lines.count)] }
                delivery.submit(listsAreFiles: false, emit: emit) { [self] in
                    parallelMap(slices) { slice in
                        slice.map { JSONLinesReader.article(from: $0, path: path).mapArticle(transform) }
                    }
                }
            }
            delivery.drain(emit: emit)
            if !sawRecord { report(LoadProblem(path: path, reason: "empty file")) }
        } catch .system(let failure) {
            report(LoadProblem(path: path, reason: "cannot read (\(failure.message))"))
        } catch .notRegular(let kind) {
            report(LoadProblem(path: path, reason: "not a regular file but a \(kind.name); not opened"))
        } catch .lineTooLong(let line) {
            report(LoadProblem(path: path, scope: .record(number: 0, line: line + 1),
                               reason: "a line longer than \(ByteCount(JSONLinesReader.Stream.longestLine)); the rest of the file was not read"))
        } catch {
            report(LoadProblem(path: path, reason: "cannot read"))
        }
    }
}

extension LoadEvent {
    func mapArticle<Other: Sendable>(_ transform: (Item) -> Other) -> LoadEvent<Other> {
        switch self {
        case .article(let item): return .article(transform(item))
        case .problem(let problem): return .problem(problem)
        }
    }
}
