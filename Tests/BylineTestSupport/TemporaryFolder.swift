import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder in the temporary directory for one test, removed when the test
/// is done. Binary and special files are made here rather than committed as
/// fixtures.
public final class TemporaryFolder {
    public let root: String

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // Readable by the unprivileged user some end-to-end tests run as.
        chmod(root, 0o755)
    }

    deinit {
        // Give back any permissions a test took away, so the folder can be removed.
        for sub in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] { chmod(path(sub), 0o755) }
        try? FileManager.default.removeItem(atPath: root)
    }

    public func path(_ relative: String) -> String { root + "/" + relative }

    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        chmod(full, 0o644)
        return full
    }

    public func folder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    public func link(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: target)
    }

    public func fifo(_ relative: String) {
        mkfifo(path(relative), 0o644)
    }

    /// Every path under the root with its size and modification time: what
    /// "nothing was written" is checked against.
    public func snapshot() throws -> [String: String] {
        var result = [String: String]()
        for sub in try FileManager.default.subpathsOfDirectory(atPath: root) {
            let attributes = try FileManager.default.attributesOfItem(atPath: path(sub))
            result[sub] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
        }
        return result
    }
}
