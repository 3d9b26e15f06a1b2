import ArgumentParser
import BylineCorpus
import BylineDemoCorpus

/// Opening the corpus a command was given, the same way for every command:
/// the demo corpus when there is no PATH, one line and exit status 1 when
/// PATH cannot be opened.
enum CorpusOpening {
    static func loader(for path: String?, options: LoadOptions = LoadOptions()) throws -> CorpusLoader {
        guard let corpusPath = path ?? DemoCorpus.folder else {
            StandardError().line("byline: the demo corpus is not installed; give a PATH")
            throw ExitCode(1)
        }
        do {
            return try CorpusLoader(path: corpusPath, options: options)
        } catch {
            StandardError().line("byline: \(error)")
            throw ExitCode(1)
        }
    }
}
