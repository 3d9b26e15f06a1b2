import BylineCorpus
import BylineTestSupport
import BylineUI

/// A small corpus of fictional articles, loaded and analysed, and UI states
/// built on it, for key-sequence and screen tests.
enum ReaderFixture {
    static let articles: [(String, String)] = [
        ("world/harbour.txt", """
            Harbour strike enters third week as talks stall

            By Mara Quill
            2021-03-04

            Dock workers in Port Alder have been on strike for 18 days, the Harbour Workers Union said on Tuesday.

            "We will not go back for less than 6%," said union leader Tomas Brenner. The Alder Port Authority said the dispute had cost £4.2m so far.

            Mayor Ines Calder urged both sides to return to talks, according to a statement from the council.
            """),
        ("business/grain.txt", """
            Grain prices climb on export fears

            2021-02-11

            Wheat futures rose 3.5% in Chicago on Thursday, traders said, after Valdoria announced limits on exports.

            Analyst Petra Lind of Northgate Capital said prices could rise a further 10% by May.
            """),
        ("world/unicode.txt", """
            Festival draws visitors from 東京 and القاهرة 🎉

            2020-12-30

            Organisers said 12,000 visitors came to the festival in Lisbon, many from 東京 and القاهرة.

            "It was wonderful," said visitor Aiko Tanaka.
            """),
    ]

    /// The fixture corpus on disk (kept alive by the returned folder).
    static func corpus() throws -> (folder: TemporaryFolder, corpus: Corpus) {
        let folder = try TemporaryFolder()
        for (path, text) in articles {
            try folder.write(path, text.replacingOccurrences(of: "\n            ", with: "\n"))
        }
        return (folder, try Corpus.load(path: folder.root))
    }

    /// The fixture corpus loaded, and its analyzer (made once).
    static let loaded: (corpus: Corpus, analyzer: Analyzer) = {
        let (folder, loaded) = try! ReaderFixture.corpus()
        _ = folder
        return (loaded, Analyzer.forCorpus(loaded))
    }()

    /// A state with every fixture article listed and analysed.
    static func state(width: Int = 140, height: Int = 30) throws -> AppState {
        let (corpus, analyzer) = loaded
        let library = Library(path: "/corpus", source: ArticlesInMemory(corpus.articles))
        var state = AppState(size: Size(width: width, height: height), library: library)
        state.perform(state.receive(.corpus(.found(files: corpus.articles.count))))
        state.perform(state.receive(.corpus(.listed(corpus.articles.map(ArticleEntry.init), problems: []))))
        state.perform(state.receive(.corpus(.listComplete(skipped: 0))))
        let analyses = corpus.articles.enumerated().map { (index: $0.offset, analysis: analyzer.analyze($0.element)) }
        state.perform(state.receive(.corpus(.analysed(analyses.map { (index: $0.index, entities: $0.analysis.entities) }))))
        var index = SearchIndex()
        index.add(analyses.map { SearchDocument(id: $0.index, article: corpus.articles[$0.index], analysis: $0.analysis) })
        state.perform(state.receive(.corpus(.indexed(index))))
        state.perform(state.receive(.corpus(.searchable)))
        state.perform(state.receive(.corpus(.analysisComplete)))
        return state
    }
}

extension AppState {
    /// Feeds keys to the reducer as a terminal would, returning the effects;
    /// analyses asked for are made at once, as the shell does.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { perform(handle(.key($0))) }
    }

    /// Types text key by key.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { perform(handle(.key(.character($0)))) }
    }

    /// Carries out `.analyse` effects as the reader's shell does; returns all the effects.
    @discardableResult
    mutating func perform(_ effects: [Effect]) -> [Effect] {
        var all = effects
        for effect in effects {
            if case .analyse(let index) = effect, reader.article == index, let document = reader.document {
                let analysis = ReaderFixture.loaded.analyzer.analyze(document)
                all += perform(receive(.analysedForReading(index: index, analysis: analysis)))
            }
            if case .makeSnippets(let query, let articles) = effect {
                var made: [Int: SearchSnippet] = [:]
                for index in articles {
                    guard let text = library.article(at: index)?.text else { continue }
                    made[index] = SearchableCorpus.listSnippet(of: text, query: SearchQuery(parsing: query), width: snippetWidth)
                }
                all += perform(receive(.snippets(query: query, made)))
            }
        }
        return all
    }

    /// The rendered screen's text.
    var screenLines: [String] { AppView.render(self).lines }
}
