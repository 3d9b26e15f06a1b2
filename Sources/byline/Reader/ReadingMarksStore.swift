import BylineUI
import Foundation

/// Keeps read and bookmark marks per corpus in
/// `$XDG_STATE_HOME/byline/marks/` (default `~/.local/state/byline`), one
/// JSON file per corpus keyed by its absolute path. Never writes into the
/// corpus folder; a missing or unreadable file means no marks yet.
struct ReadingMarksStore {
    /// The file for this corpus.
    let file: URL
    let corpusPath: String

    init(corpusPath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let absolute = URL(fileURLWithPath: corpusPath).standardizedFileURL.path
        self.corpusPath = absolute
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        let name = Self.fileName(for: absolute)
        file = URL(fileURLWithPath: stateHome).appendingPathComponent("byline/marks/\(name).json")
    }

    /// A readable, collision-resistant name: the folder's last component and
    /// a 64-bit FNV-1a hash of the whole path.
    static func fileName(for path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let last = (path as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return "\(last.prefix(40))-\(String(hash, radix: 16))"
    }

    private struct Stored: Codable {
        var corpus: String
        var read: [String]
        var bookmarked: [String]
    }

    func load() -> ReadingMarks {
        guard let data = try? Data(contentsOf: file),
              let stored = try? JSONDecoder().decode(Stored.self, from: data) else { return ReadingMarks() }
        return ReadingMarks(read: Set(stored.read), bookmarked: Set(stored.bookmarked))
    }

    /// Saves atomically (a temporary file renamed over the old one). Returns
    /// a one-line problem when the marks could not be saved.
    func save(_ marks: ReadingMarks) -> String? {
        let stored = Stored(corpus: corpusPath, read: marks.read.sorted(), bookmarked: marks.bookmarked.sorted())
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(stored).write(to: file, options: .atomic)
            return nil
        } catch {
            return "cannot save read marks to \(file.path): \(error.localizedDescription)"
        }
    }
}
