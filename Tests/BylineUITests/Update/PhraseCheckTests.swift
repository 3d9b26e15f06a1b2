import BylineCorpus
import BylineUI
import Testing

/// A phrase in the filter is checked in articles' text a budget at a time:
/// what is left over is listed and counted, said so, and checked while idle.
@Suite struct PhraseCheckTests {
    /// `"said the"`: the harbour article holds it; the festival article
    /// holds both words apart ("said 12,000 visitors came to the festival").
    @Test func checksLeftOverAreDoneWhileIdle() throws {
        var state = try ReaderFixture.state()
        state.phraseCheckBudget = .zero
        state.press(.character("/"))
        state.type("\"said the\"")
        #expect(state.list.visible.count == 2)
        #expect(state.list.unverified == 2)
        #expect(state.isCheckingPhrases)
        let lines = state.screenLines
        #expect(lines.last?.contains("2 of 3 · checking the phrase in 2…") == true, "\(lines.last ?? "")")
        #expect(lines[lines.count - 2].contains("checking the phrase in 2…"))

        state.phraseCheckBudget = .seconds(10)
        state.perform(state.continuePhraseChecks())
        #expect(state.list.unverified == 0)
        #expect(!state.isCheckingPhrases)
        #expect(state.list.visible.map { state.library.articles[$0].title } == ["Harbour strike enters third week as talks stall"])
        #expect(state.screenLines.last?.contains("1 of 3") == true)
        #expect(!state.screenLines.joined().contains("checking"))
        #expect(state.continuePhraseChecks().isEmpty)
    }

    @Test func checksGoOnFromWhereTheyStopped() throws {
        var state = try ReaderFixture.state()
        state.phraseCheckBudget = .zero
        state.press(.character("/"))
        state.type("\"said the\"")
        state.press(.enter)
        // Out of time again: nothing more is known, nothing is dropped.
        state.perform(state.continuePhraseChecks())
        #expect(state.list.unverified == 2)
        #expect(state.screenLines[state.screenLines.count - 2].contains("checking the phrase in 2…"))
        state.phraseCheckBudget = .seconds(10)
        state.perform(state.continuePhraseChecks())
        #expect(state.list.visible.count == 1)
        // Clearing the filter ends the checking.
        state.press(.escape)
        #expect(!state.isCheckingPhrases)
        #expect(state.list.visible.count == 3)
    }

    @Test func wordsWithoutAPhraseNeedNoChecks() throws {
        var state = try ReaderFixture.state()
        state.phraseCheckBudget = .zero
        state.press(.character("/"))
        state.type("said the")
        #expect(state.list.unverified == 0)
        #expect(!state.isCheckingPhrases)
        #expect(state.list.visible.count == 2)
    }
}

/// While the files are still being read, nothing is indexed: the list says
/// so rather than that no article matches.
@Suite struct FilterBeforeIndexingTests {
    @Test func theListSaysSearchStartsOnceTheFilesAreRead() throws {
        let (corpus, _) = ReaderFixture.loaded
        var state = AppState(size: Size(width: 100, height: 20),
                             library: Library(path: "/corpus", source: ArticlesInMemory(corpus.articles)))
        state.perform(state.receive(.corpus(.found(files: 10))))
        state.perform(state.receive(.corpus(.listed(corpus.articles.map(ArticleEntry.init), problems: []))))
        state.press(.character("/"))
        state.type("harbour")
        #expect(state.list.visible.isEmpty)
        let lines = state.screenLines
        let said = lines.map { $0.split(separator: "│").first.map(String.init) ?? "" }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(said.contains("none indexed yet: search starts once the files are read"), "\(said)")
        #expect(lines.last?.contains("0 indexed so far") == true)
        // Once an index arrives, the same query finds the article.
        var index = SearchIndex()
        index.add(corpus.articles.enumerated().map { SearchDocument(id: $0.offset, article: $0.element, analysis: nil) })
        state.perform(state.receive(.corpus(.indexed(index))))
        #expect(state.list.visible.count == 1)
    }
}
