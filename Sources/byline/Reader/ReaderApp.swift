import BylineCorpus
import BylineTerminal
import BylineUI
import Foundation
import Synchronization

/// The full-screen reader: wires the terminal, the UI state and the
/// background corpus session together. Input becomes an event, the reducer
/// makes a new state and asks for effects, and the state is rendered.
final class ReaderApp {
    private var session: CorpusSession
    private var state: AppState
    private var themes: ThemeSelection
    private var store: ReadingMarksStore
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var timing: TimingLog
    private let usesCache: Bool
    /// Jobs running off the UI thread (snippets); the loop polls while there are any.
    private let backgroundWork = WorkCounter()

    init(loader: CorpusLoader, themeName: String?, usesCache: Bool = true) {
        started = clock.now
        timing = TimingLog(environment: ProcessInfo.processInfo.environment)
        self.usesCache = usesCache
        let (cache, cacheNotice) = CacheChoice.cache(for: loader, disabled: !usesCache)
        session = CorpusSession(loader: loader, cache: cache)
        store = ReadingMarksStore(corpusPath: loader.path)
        themes = ThemeSelection(requested: themeName)
        state = AppState(size: Size(width: 80, height: 24), library: session.library(), marks: store.load(), themeName: themes.name)
        if let notice = themes.notice { state.notice = Notice(notice, isError: true) }
        else if let cacheNotice { state.notice = Notice(cacheNotice) }
    }

    /// Runs until the user quits or a signal arrives; returns the exit status.
    func run() -> Int32 {
        TerminationSignals.install()
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            StandardError().line("byline: \(error)")
            return 1
        }
        CrashGuard.install()
        defer { terminal.restore() }
        state.size = terminal.size
        _ = state.handle(.resize(terminal.size))
        // The first frame is drawn before the corpus starts opening, so that
        // no background work stands between launch and it.
        draw(on: terminal)
        timing.record("first frame", since: started)
        Self.failInBackgroundIfTesting()
        session.start()

        var dirty = false  // the first frame is on the screen
        var loading = true
        var keyRead: ContinuousClock.Instant?
        while true {
            // Read before taking the updates: once the session has stopped,
            // everything it posted is in the inbox, and waiting for a key is safe.
            let working = backgroundWork.count.load(ordering: .acquiring) > 0
            let busy = session.isRunning || working
            let updates = session.takeUpdates()
            if !updates.isEmpty {
                perform(state.receive(updates), terminal: terminal)
                dirty = true
            }
            if loading && state.library.progress.isComplete {
                loading = false
                timing.record("analysis complete", since: started)
            }
            if dirty {
                draw(on: terminal)
                if let read = keyRead {
                    timing.recordKeystroke(since: read)
                    keyRead = nil
                }
                if state.library.progress.listComplete, !timing.listRecorded { timing.record("list complete", since: started) }
                dirty = false
            }
            if state.shouldQuit {
                finishSavingCache(terminal)
                timing.recordPeakMemory()
                return 0
            }
            if let signal = TerminationSignals.pending { return 128 + signal }
            // Phrases of the filter still to check are checked a budget at
            // a time whenever no key is waiting (a millisecond's wait).
            let checking = state.isCheckingPhrases
            switch terminal.read(timeout: checking ? 1 : working ? 10 : (busy ? 40 : nil)) {
            case .event(let event):
                if timing.isEnabled, case .key = event { keyRead = clock.now }
                // Whatever else is waiting already (a paste) is handled
                // with it, before the next frame.
                var events = [event]
                while events.count < 16_384, case .event(let next) = terminal.read(timeout: 0) { events.append(next) }
                perform(state.handle(events), terminal: terminal)
                dirty = true
            case .timeout where checking:
                perform(state.continuePhraseChecks(), terminal: terminal)
                dirty = true
            case .timeout, .interrupted, .unknown:
                break
            case .endOfInput:
                return 0
            }
        }
    }

    /// For the end-to-end test that a failed precondition on a background
    /// thread still gives the terminal back: `BYLINE_TEST_BACKGROUND_FAILURE=1`.
    private static func failInBackgroundIfTesting() {
        guard ProcessInfo.processInfo.environment["BYLINE_TEST_BACKGROUND_FAILURE"] == "1" else { return }
        Thread { preconditionFailure("BYLINE_TEST_BACKGROUND_FAILURE: a background task failed") }.start()
    }

    /// Makes list snippets on a background thread and posts them to the session's inbox.
    private func makeSnippets(query: String, articles: [Int]) {
        let entries = articles.compactMap { index in state.library.articles.indices.contains(index) ? (index, state.library.articles[index]) : nil }
        let source = state.library.source
        let width = state.snippetWidth
        let session = self.session
        let counter = backgroundWork
        counter.count.add(1, ordering: .acquiringAndReleasing)
        DispatchQueue.global(qos: .userInitiated).async {
            let snippets = SearchableCorpus.listSnippets(of: entries.map(\.1), from: source, query: SearchQuery(parsing: query),
                                                         width: width)
            var made: [Int: SearchSnippet] = [:]
            for ((index, _), snippet) in zip(entries, snippets) { made[index] = snippet }
            session.post(.snippets(query: query, made))
            counter.count.subtract(1, ordering: .acquiringAndReleasing)
        }
    }

    /// Renders the state and draws it on the terminal.
    private func draw(on terminal: Terminal) {
        terminal.draw(AppView.render(state), theme: themes.theme)
    }

    /// Lets a cache being written finish before quitting, saying so.
    private func finishSavingCache(_ terminal: Terminal) {
        guard session.opener.isSaving else { return }
        state.notice = Notice("saving the cache…")
        draw(on: terminal)
        session.opener.finishSaving()
    }

    /// Carries out what the reducer asked for.
    private func perform(_ effects: [Effect], terminal: Terminal) {
        for effect in effects {
            switch effect {
            case .saveReadingMarks:
                if let problem = store.save(state.marks) { state.notice = Notice(problem, isError: true) }
            case .openExternally(let path):
                let problem = terminal.suspend { ExternalViewer.open(path) }
                if let problem { state.notice = Notice(problem, isError: true) }
            case .openCorpus(let path):
                openCorpus(path)
            case .applyTheme(let name):
                if let problem = themes.apply(name) { state.notice = Notice(problem, isError: true) } else {
                    state.notice = Notice("theme: \(themes.name)")
                }
                state.themeName = themes.name
            case .cycleTheme(let offset):
                if let problem = themes.cycle(by: offset) { state.notice = Notice(problem, isError: true) } else {
                    state.notice = Notice("theme: \(themes.name)")
                }
                state.themeName = themes.name
            case .completeCommandLine(let text):
                let completed = CommandCompletion.complete(text, themes: themes.names, sortKeys: ArticleOrder.allCases.map(\.rawValue))
                state.completeCommandLine(with: completed.text, alternatives: completed.alternatives)
            case .analyse(let index):
                // Off the UI thread: a long article takes a while, and typing never waits.
                guard let article = state.reader.document, state.reader.article == index else { continue }
                let analyzer = session.analyzer
                let session = self.session
                let counter = backgroundWork
                counter.count.add(1, ordering: .acquiringAndReleasing)
                DispatchQueue.global(qos: .userInitiated).async {
                    session.post(.analysedForReading(index: index, analysis: analyzer.analyze(article)))
                    counter.count.subtract(1, ordering: .acquiringAndReleasing)
                }
            case .makeSnippets(let query, let articles):
                makeSnippets(query: query, articles: articles)
            case .redraw:
                terminal.redraw()
            case .quit:
                break
            }
        }
    }

    /// `:open PATH`: stops the current session and opens another corpus in its place.
    private func openCorpus(_ typed: String) {
        let path = (typed as NSString).expandingTildeInPath
        let loader: CorpusLoader
        do {
            loader = try CorpusLoader(path: path, options: session.loader.options)
        } catch {
            state.notice = Notice("cannot open \(error)", isError: true)
            return
        }
        session.cancel()
        let (cache, cacheNotice) = CacheChoice.cache(for: loader, disabled: !usesCache)
        session = CorpusSession(loader: loader, cache: cache)
        store = ReadingMarksStore(corpusPath: loader.path)
        let size = state.size
        state = AppState(size: size, library: session.library(), marks: store.load(), themeName: themes.name, keymap: state.keymap)
        session.start()
        state.notice = Notice(cacheNotice ?? "opening \(path)")
    }
}

/// Jobs running off the UI thread.
final class WorkCounter: Sendable {
    let count = Atomic<Int>(0)
}
