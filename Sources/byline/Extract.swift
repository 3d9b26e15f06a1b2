import ArgumentParser
import BylineCorpus

/// `byline extract PATH`: every article of a corpus as JSON.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every article of a corpus as JSON, one object per line.",
        discussion: """
            Skipped files are reported on standard error as `skipped PATH: REASON`, followed by \
            a summary line. Nothing is ever written inside the corpus.
            """
    )

    @Argument(help: "A folder (walked recursively) or a single article file. Default: the demo corpus.")
    var path: String?

    @Option(help: "jsonl: one object per line; json: one JSON array.")
    var format: OutputFormat = .jsonl

    @Option(help: "Skip files larger than this (JSON Lines are streamed and exempt). Examples: 64M, 500K, 1G.")
    var maxFileSize: ByteSize = ByteSize(bytes: LoadOptions.defaultMaxFileSize)

    @Option(help: "Worker threads (default: one per core).")
    var threads: Int?

    @Flag(name: .shortAndLong, help: "Print only the articles: no skipped-file lines, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also list files passed over because they are not an article format.")
    var verbose = false

    @Flag(help: "Print the articles only, without entities and numbers: one pass, much faster.")
    var noAnalysis = false

    func run() throws {
        let errors = StandardError()
        let loader = try CorpusOpening.loader(for: path, options: LoadOptions(maxFileSize: maxFileSize.bytes, parallelism: threads))
        if path == nil && !quiet {
            errors.line("no PATH given: reading the fictional demo corpus")
        }

        let analyzer = noAnalysis ? nil : Analyzer.forCorpus(loader)

        let output = StandardOutput()
        let format = self.format
        var first = true
        if format == .json { output.write("[") }
        let summary = loader.load(transform: { article in ArticleJSON.encode(article, analysis: analyzer?.analyze(article)) }) { event in
            switch event {
            case .article(let json):
                if format == .json { output.write(first ? "\n" : ",\n") }
                output.write(json)
                if format == .jsonl { output.write("\n") }
                first = false
            case .problem(let problem):
                if !quiet {
                    output.flush()
                    errors.line(problem.description)
                }
            }
        }
        if format == .json { output.write(first ? "]\n" : "\n]\n") }
        output.flush()
        guard !quiet else { return }
        if !summary.ignoredFiles.isEmpty {
            if verbose {
                for file in summary.ignoredFiles { errors.line("ignored \(file.escapingControlCharacters): not an article format") }
            } else {
                let count = summary.ignoredFiles.count
                errors.line("ignored \(count) \(count == 1 ? "file" : "files") that \(count == 1 ? "is" : "are") not an article format (--verbose lists \(count == 1 ? "it" : "them"))")
            }
        }
        errors.line(summary.description)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json
}

/// A size given as bytes or with a K, M or G suffix (powers of 1024).
struct ByteSize: ExpressibleByArgument {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
            .replacingOccurrences(of: "IB", with: "").replacingOccurrences(of: "B", with: "")
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text)
        var multiplier = 1
        if let last = digits.last, let m = multipliers[last] { multiplier = m; digits = digits.dropLast() }
        guard let value = Double(digits), value > 0 else { return nil }
        bytes = Int(value * Double(multiplier))
    }

    var defaultValueDescription: String { "64M" }
}

import Foundation
