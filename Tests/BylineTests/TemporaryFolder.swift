import Foundation

/// A folder in the temporary directory for one test, removed afterwards.
final class TemporaryFolder {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // Readable by the unprivileged user some tests run as.
        chmod(root, 0o755)
    }

    deinit {
        for sub in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] { chmod(path(sub), 0o755) }
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws { try write(relative, bytes: Array(text.utf8)) }

    func write(_ relative: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(relative)))
        chmod(path(relative), 0o644)
    }

    func snapshot() throws -> [String: String] {
        var result = [String: String]()
        for sub in try FileManager.default.subpathsOfDirectory(atPath: root) {
            let attributes = try FileManager.default.attributesOfItem(atPath: path(sub))
            result[sub] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
        }
        return result
    }
}
