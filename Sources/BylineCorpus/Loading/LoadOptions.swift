import Foundation

/// How a corpus is loaded.
public struct LoadOptions: Sendable {
    /// Files larger than this are skipped (JSON Lines are exempt: they are streamed).
    public var maxFileSize: Int
    /// Worker threads; defaults to the number of active cores.
    public var parallelism: Int

    public static let defaultMaxFileSize = 64 << 20

    public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize, parallelism: Int? = nil) {
        self.maxFileSize = maxFileSize
        self.parallelism = max(1, parallelism ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
