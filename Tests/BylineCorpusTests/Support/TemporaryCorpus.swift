import BylineCorpus
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A corpus folder made for one test in the temporary directory, removed
/// when the test is done. Binary and special files are made here rather
/// than committed as fixtures.
final class TemporaryCorpus {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("byline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.path
    }

    deinit {
        // Give back any permissions a test took away, so the folder can be removed.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: root).forEach {
            chmod(root + "/" + $0, 0o755)
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    func folder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    func link(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: target)
    }

    func fifo(_ relative: String) {
        mkfifo(path(relative), 0o644)
    }

    /// Every path under the root with its size and modification time: what
    /// "nothing was written" is checked against.
    func snapshot() throws -> [String: String] {
        var result = [String: String]()
        for sub in try FileManager.default.subpathsOfDirectory(atPath: root) {
            let attributes = try FileManager.default.attributesOfItem(atPath: path(sub))
            result[sub] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
        }
        return result
    }
}

/// Articles and problems of loading `path`, in corpus order.
func loadCorpus(_ path: String, maxFileSize: Int = 64 << 20, parallelism: Int? = nil) throws -> BylineCorpusTestLoad {
    let corpus = try Corpus.load(path: path, options: LoadOptions(maxFileSize: maxFileSize, parallelism: parallelism))
    return BylineCorpusTestLoad(corpus: corpus)
}

struct BylineCorpusTestLoad {
    let corpus: Corpus
    var ids: [String] { corpus.articles.map(\.id) }
    var problems: [String] { corpus.problems.map(\.description) }
    func article(_ id: String) -> Article? { corpus.article(id: id) }
}
