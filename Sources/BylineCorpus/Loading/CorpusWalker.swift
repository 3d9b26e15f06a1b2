/// Finds the article files of a corpus: walks folders recursively in a fixed
/// order (names compared byte by byte), so that loading is deterministic.
///
/// - Hidden files and folders (`.git`, `.cache`, `.DS_Store`) are passed over silently.
/// - Files whose extension is not an article format are passed over and listed in `ignored`.
/// - Symbolic links are followed only when they stay inside the corpus;
///   links that leave it, broken links and loops are reported.
/// - FIFOs, sockets and devices are reported and never opened.
/// - Files over the size limit are reported (JSON Lines are exempt: they are streamed).
struct CorpusWalker {
    /// One step of the walk, in corpus order.
    enum Entry: Sendable {
        case file(SourceFile)
        case problem(LoadProblem)
    }

    /// Folders nested deeper than this are reported, not entered.
    static let depthLimit = 256

    let root: String
    let maxFileSize: Int
    private(set) var entries: [Entry] = []
    private(set) var ignored: [String] = []
    private var rootReal = ""
    private var visitedFolders = Set<FileSystem.FileIdentity>()
    private var visitedFiles = [FileSystem.FileIdentity: String]()
    /// Where entries are handed over as they are found, if anywhere.
    private let stream: ListingStream?
    private var handedOver = 0

    /// A walker of `root`; with a `stream`, it hands its entries over to it
    /// as it goes and stops early when the stream is abandoned.
    init(root: String, maxFileSize: Int, stream: ListingStream? = nil) {
        self.root = root
        self.maxFileSize = maxFileSize
        self.stream = stream
    }

    /// Walks the folder at `root` (already known to be a folder).
    mutating func walk() {
        rootReal = (try? FileSystem.realPath(root).get()) ?? root
        if case .success(let status) = FileSystem.status(root, followLinks: true) {
            visitedFolders.insert(status.identity)
        }
        walkFolder(absolute: root, relative: "", depth: 0)
        if let stream {
            stream.add(entries[handedOver...])
            handedOver = entries.count
            stream.finish(ignored: ignored)
        }
    }

    /// Hands the entries found since the last time over to the stream, when
    /// there are enough of them.
    private mutating func handOverIfDue() {
        guard let stream, entries.count - handedOver >= ListingStream.handOver else { return }
        stream.add(entries[handedOver...])
        handedOver = entries.count
    }

    private mutating func walkFolder(absolute: String, relative: String, depth: Int) {
        if stream?.wasAbandoned == true { return }
        let listed: [(name: String, status: FileSystem.Status?)]
        switch FileSystem.entriesWithStatus(of: absolute) {
        case .success(let list): listed = list
        case .failure(let failure):
            report(relative.isEmpty ? "." : relative, "cannot open folder (\(failure.message))")
            return
        }
        // Sort as full paths compare byte by byte (`b.txt` before `b/…`), the
        // order of `find | LC_ALL=C sort`: a folder sorts as its name plus "/".
        var children = [(key: [UInt8], name: String, status: FileSystem.Status?)]()
        let folderPrefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
        for (name, status) in listed where !name.hasPrefix(".") {
            var isFolder = status?.kind == .directory
            if status?.kind == .symbolicLink, let target = try? FileSystem.status(folderPrefix + name, followLinks: true).get() {
                isFolder = target.kind == .directory
            }
            var key = [UInt8]()
            key.reserveCapacity(name.utf8.count + 1)
            key.append(contentsOf: name.utf8)
            if isFolder { key.append(0x2F) }
            children.append((key, name, status))
        }
        children.sort { $0.key.lexicographicallyPrecedes($1.key) }
        for child in children {
            guard let status = child.status else { continue }  // vanished since the listing
            let childAbsolute = folderPrefix + child.name
            let childRelative = relative.isEmpty ? child.name : relative + "/" + child.name
            visit(absolute: childAbsolute, relative: childRelative, status: status, depth: depth + 1)
        }
    }

    private mutating func visit(absolute: String, relative: String, status: FileSystem.Status, depth: Int) {
        var status = status
        if status.kind == .symbolicLink {
            guard let target = followLink(absolute: absolute, relative: relative) else { return }
            status = target
        }
        switch status.kind {
        case .directory:
            guard depth <= CorpusWalker.depthLimit else {
                report(relative, "folders nested more than \(CorpusWalker.depthLimit) deep")
                return
            }
            guard visitedFolders.insert(status.identity).inserted else {
                report(relative, "symbolic link loop (this folder is already part of the corpus)")
                return
            }
            walkFolder(absolute: absolute, relative: relative, depth: depth)
        case .regular:
            guard let format = FileFormat(fileName: relative) else {
                ignored.append(relative)
                return
            }
            if let first = visitedFiles[status.identity] {
                report(relative, "same file as \(first)")
                return
            }
            visitedFiles[status.identity] = relative
            if format != .jsonLines && status.size > maxFileSize {
                report(relative, "file is \(ByteCount(status.size)), over the \(ByteCount(maxFileSize)) limit (see --max-file-size)")
                return
            }
            entries.append(.file(SourceFile(relativePath: relative, absolutePath: absolute, size: status.size, format: format,
                                            modified: status.modified)))
            handOverIfDue()
        default:
            report(relative, "not a regular file but a \(status.kind.name); not opened")
        }
    }

    /// The status of a link's target when the link may be followed; reports it otherwise.
    private mutating func followLink(absolute: String, relative: String) -> FileSystem.Status? {
        switch FileSystem.realPath(absolute) {
        case .failure(let failure):
            // ELOOP: the link chain never ends; ENOENT: the target is missing.
            let reason = failure.isLinkLoop ? "symbolic link loop" : "broken symbolic link (\(failure.message))"
            report(relative, reason)
            return nil
        case .success(let target):
            let inside = target == rootReal || target.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/")
            guard inside else {
                report(relative, "symbolic link leaves the corpus (to \(target)); not followed")
                return nil
            }
            switch FileSystem.status(absolute, followLinks: true) {
            case .success(let status): return status
            case .failure(let failure):
                report(relative, "cannot follow symbolic link (\(failure.message))")
                return nil
            }
        }
    }

    private mutating func report(_ relative: String, _ reason: String) {
        entries.append(.problem(LoadProblem(path: relative, reason: reason)))
        handOverIfDue()
    }
}

/// One article file found by the walk.
struct SourceFile: Sendable {
    var relativePath: String
    var absolutePath: String
    var size: Int
    var format: FileFormat
    /// Last modification, in nanoseconds since 1970 (0 when unknown).
    var modified: Int64 = 0
}

/// A byte count for people: `512 bytes`, `64 MiB`, `1.5 GiB`.
struct ByteCount: CustomStringConvertible {
    var bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}
