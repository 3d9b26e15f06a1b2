import Foundation

/// The demo corpus that ships with Byline: twelve short, fictional news
/// articles in every format Byline reads, used when no PATH is given and by
/// the tests.
public enum DemoCorpus {
    /// The folder holding the demo articles, or nil when the package's
    /// resources were not installed beside the executable.
    public static var folder: String? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("Byline_BylineDemoCorpus.resources/Corpus"),
            Bundle.main.bundleURL.appendingPathComponent("Byline_BylineDemoCorpus.bundle/Corpus"),
            Bundle.main.bundleURL.appendingPathComponent("Byline_BylineDemoCorpus.bundle/Contents/Resources/Corpus"),
        ]
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            return found.path
        }
        return Bundle.module.url(forResource: "Corpus", withExtension: nil)?.path
    }
}
