import Foundation

/// `../shared` beside the project: the real corpora and tools every developer
/// machine and CI run has, and a user's clone does not. Tests that need it
/// are skipped, with a message, when it is absent.
public enum SharedMaterial {
    /// The `shared` folder beside the package.
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BylineTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .deletingLastPathComponent()
        .appendingPathComponent("shared").path

    /// `../shared/corpora`.
    public static var corpora: String { root + "/corpora" }

    /// Whether the shared corpora are here.
    public static var available: Bool { FileManager.default.fileExists(atPath: corpora + "/bbc") }
}
