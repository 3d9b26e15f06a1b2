import ArgumentParser
import BylineCorpus
import BylineUI
import Foundation

/// `byline bench ui PATH`: how fast the reader is. Launch to first frame,
/// to the full list and to full analysis in a real terminal (tmux), with
/// the files in the page cache, cold (no cache) and warm (from the cache the
/// cold launch wrote, in a scratch folder: never the user's cache); the
/// latency of each keystroke of the incremental list filter (reducer plus
/// rendering a 200×60 frame); and the time to render one 200×60 frame.
struct UIBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Time the reader: launch to first frame and full list (in tmux), per-keystroke filter latency, frame render time."
    )

    @Argument(help: "A folder or file. Default: the demo corpus.")
    var path: String?

    @Option(help: "Launches of the real binary in tmux: the first with no cache, the others from the cache it wrote.")
    var launches = 5

    @Option(help: "Times each keystroke sequence is run through the reducer and renderer in process.")
    var repetitions = 50

    @Option(help: "Times each keystroke sequence is typed into the real binary in tmux (40 ms a key).")
    var keyRepetitions = 5

    @Option(parsing: .upToNextOption, help: "Queries typed key by key after `/`.")
    var queries: [String] = ["oil price", "person:blair", "government"]

    func run() throws {
        let loader = try CorpusOpening.loader(for: path)
        print("corpus      \(loader.path)")
        // The launches use a cache of their own, never the user's: the first
        // finds none, the others open from what it wrote.
        let scratch = try Bench.scratchFolder("ui")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // The launch targets ask for a warm page cache: every file is read first.
        if let line = PageCacheWarming.warmAndDescribe(loader.path) { print(line) }
        if let report = LaunchTiming.measure(
            corpus: loader.path, cacheHome: scratch + "/cache", launches: launches, queries: queries, repetitions: keyRepetitions
        ) {
            report.launches.forEach { print($0) }
            report.keystrokes.forEach { print($0) }
        } else {
            print("launch      not measured: tmux is not installed")
        }
        let state = loadState(loader)
        print("articles    \(state.library.count.withThousandsSeparators) listed, \(state.library.analysedCount.withThousandsSeparators) analysed")
        typingLatency(state).forEach { print($0) }
        print(frameRenderTime(state))
    }

    /// The state the reader reaches once the corpus is fully open, at 200×60.
    func loadState(_ loader: CorpusLoader) -> AppState {
        let session = CorpusSession(loader: loader, cache: nil)
        var state = AppState(size: Size(width: 200, height: 60), library: session.library())
        session.start()
        while session.isRunning {
            _ = state.receive(session.takeUpdates())
            Thread.sleep(forTimeInterval: 0.01)
        }
        _ = state.receive(session.takeUpdates())
        return state
    }

    /// Median and 99th percentile per keystroke: reducer plus a full frame.
    func typingLatency(_ initial: AppState) -> [String] {
        var lines = ["keystroke   in process, reducer + 200×60 frame, \(repetitions) repetitions:"]
        var all: [Double] = []
        for query in queries {
            var perStep = Array(repeating: [Double](), count: query.count + 1)
            for _ in 0..<repetitions {
                var state = initial
                _ = state.handle(.key(.character("/")))
                for (step, character) in query.enumerated() {
                    perStep[step].append(time {
                        _ = state.handle(.key(.character(character)))
                        _ = AppView.render(state)
                    })
                }
                perStep[query.count].append(time {
                    _ = state.handle(.key(.escape))
                    _ = AppView.render(state)
                })
            }
            for (step, samples) in perStep.enumerated() {
                let label = step < query.count ? "\"\(query.prefix(step + 1))\"" : "Esc after \"\(query)\""
                let count = matches(initial, typed: step < query.count ? String(query.prefix(step + 1)) : "")
                lines.append("  \(label.padding(toLength: 22, withPad: " ", startingAt: 0)) median \(LaunchTiming.format(LaunchTiming.percentile(samples, 0.5))) ms"
                    + "   p99 \(LaunchTiming.format(LaunchTiming.percentile(samples, 0.99))) ms   (\(count) matches)")
                all += samples
            }
        }
        lines.append("  all keystrokes   median \(LaunchTiming.format(LaunchTiming.percentile(all, 0.5))) ms   p99 \(LaunchTiming.format(LaunchTiming.percentile(all, 0.99))) ms")
        return lines
    }

    func matches(_ initial: AppState, typed: String) -> String {
        var state = initial
        _ = state.handle(.key(.character("/")))
        for character in typed { _ = state.handle(.key(.character(character))) }
        return state.list.visible.count.withThousandsSeparators
    }

    /// Rendering one 200×60 frame with the three panes and an article open.
    func frameRenderTime(_ initial: AppState) -> String {
        var state = initial
        _ = state.handle(.key(.enter))
        var samples: [Double] = []
        for _ in 0..<300 {
            samples.append(time { _ = AppView.render(state) })
        }
        return String(format: "frame       200×60 render: median %.2f ms, p99 %.2f ms", LaunchTiming.percentile(samples, 0.5), LaunchTiming.percentile(samples, 0.99))
    }

    func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}
