import Foundation

/// Launches `byline PATH` in a tmux window several times with
/// `BYLINE_TIMING_LOG` set and its cache in a folder of the benchmark's own,
/// waits for the full analysis, types the list filter queries key by key,
/// quits, and reports the time from launch to first frame, full list and full
/// analysis — of the first launch, which finds no cache, and the median of
/// the others, which open from the cache the first one wrote — and the
/// latency of each keystroke from the reader reading it to the frame drawn
/// on the terminal.
enum LaunchTiming {
    struct Report {
        /// One line for the cold launch, and one for the warm ones if any.
        var launches: [String]
        var keystrokes: [String]
    }

    /// Pause between typed keys, so that no key waits behind the one before.
    static let keyInterval = 0.04

    /// Measures `launches` launches with `XDG_CACHE_HOME` set to
    /// `cacheHome`, which should be empty at first; nil without tmux.
    static func measure(corpus: String, cacheHome: String, launches: Int, queries: [String], repetitions: Int) -> Report? {
        guard ReaderLaunch.isPossible else { return nil }
        // Milestones of the first (cold) launch and of the later (warm) ones.
        var milestones: [[String: [Double]]] = [[:], [:]]
        // Latencies per typed step: "oil" is the third key of "oil price".
        var steps: [String: [Double]] = [:]
        var stepOrder: [String] = []
        for run in 0..<max(1, launches) {
            let launch = ReaderLaunch(corpus: corpus, name: "bench-\(run)", environment: "XDG_CACHE_HOME=\(cacheHome)")
            launch.wait(for: "analysis complete", seconds: 300)
            // Typing is measured on the last launch only (the others time the start).
            var typed: [String] = []
            if run == max(1, launches) - 1 {
                for _ in 0..<repetitions {
                    for query in queries {
                        for (label, key, literal) in keys(typing: query) {
                            launch.send(key, literal: literal)
                            typed.append(label)
                            Thread.sleep(forTimeInterval: keyInterval)
                        }
                    }
                }
                Thread.sleep(forTimeInterval: 0.2)
            }
            launch.quit()
            var keystroke = 0
            for (name, value) in launch.log {
                if name == "keystroke" {
                    if keystroke < typed.count {
                        let label = typed[keystroke]
                        if steps[label] == nil { stepOrder.append(label) }
                        steps[label, default: []].append(value)
                    }
                    keystroke += 1
                } else {
                    milestones[run == 0 ? 0 : 1][name, default: []].append(value)
                }
            }
        }
        func median(_ key: String, of kind: Int) -> String {
            guard let values = milestones[kind][key], !values.isEmpty else { return "not reached" }
            let sorted = values.sorted()
            return String(format: "%.0f ms", sorted[sorted.count / 2])
        }
        func times(_ kind: Int) -> String {
            "first frame \(median("first frame", of: kind)), full list \(median("list complete", of: kind)), "
                + "full analysis \(median("analysis complete", of: kind)), peak RSS "
                + (milestones[kind]["peak RSS"].map { String(format: "%.1f MiB", $0.sorted()[$0.count / 2]) } ?? "not measured")
        }
        var launchLines = ["launch      cold, no cache, in tmux 200×60 (from process start): \(times(0))"]
        if launches > 1 {
            launchLines.append("launch      warm, from its cache, median of \(launches - 1): \(times(1))")
        }
        var lines = ["keystroke   real binary in tmux 200×60, key read to frame drawn, \(repetitions) repetitions:"]
        for label in stepOrder {
            let samples = steps[label] ?? []
            lines.append("  \(label.padding(toLength: 22, withPad: " ", startingAt: 0)) median \(format(percentile(samples, 0.5))) ms   p99 \(format(percentile(samples, 0.99))) ms")
        }
        let all = steps.values.flatMap { $0 }
        lines.append("  all keystrokes   median \(format(percentile(all, 0.5))) ms   p99 \(format(percentile(all, 0.99))) ms   (\(all.count) keys)")
        return Report(launches: launchLines, keystrokes: lines)
    }

    /// One launch of the reader in a 200×60 tmux window with its cache in
    /// `cacheHome`: the times from process start to first frame, full list and
    /// every article analysed and indexed, then the peak memory measured when
    /// it quits (after writing its cache). One line, labelled.
    static func open(corpus: String, cacheHome: String, label: String) -> String? {
        let title = label.padding(toLength: 11, withPad: " ", startingAt: 0)
        guard ReaderLaunch.isPossible else { return "\(title) not measured: tmux is not installed" }
        let launch = ReaderLaunch(corpus: corpus, name: "open-\(label)", environment: "XDG_CACHE_HOME=\(cacheHome)")
        launch.wait(for: "analysis complete", seconds: 600)
        launch.quit()
        let values = Dictionary(launch.log, uniquingKeysWith: { first, _ in first })
        func time(_ key: String) -> String {
            guard let value = values[key] else { return "not reached" }
            return value >= 10_000 ? String(format: "%.1f s", value / 1000) : String(format: "%.0f ms", value)
        }
        return "\(title) reader in tmux: first frame \(time("first frame")), full list \(time("list complete")), "
            + "analysed and indexed \(time("analysis complete")), peak RSS "
            + (values["peak RSS"].map { String(format: "%.1f MiB", $0) } ?? "not measured")
    }

    /// The keys that type a query into the list filter and clear it: `/`,
    /// each character, then Esc. Labels name the filter's text after the key.
    static func keys(typing query: String) -> [(label: String, key: String, literal: Bool)] {
        var keys: [(String, String, Bool)] = [("/", "/", true)]
        var text = ""
        for character in query {
            text.append(character)
            keys.append(("\"\(text)\"", String(character), true))
        }
        keys.append(("Esc after \"\(query)\"", "Escape", false))
        return keys
    }

    static func format(_ value: Double) -> String { String(format: "%6.2f", value) }

    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(0, rank), sorted.count - 1)]
    }

    /// Runs a tmux command on a private server and waits for it. Spawned and
    /// reaped directly: Foundation's `Process` also waits for descriptors that
    /// the tmux server started by `new-session` inherits, and never returns.
    @discardableResult
    static func tmux(_ socket: String, _ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = (["tmux", "-L", socket] + arguments).map { strdup($0) }
        cArguments.append(nil)
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, nil, cArguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }
}

/// The real `byline` started in a detached 200×60 tmux window on a private
/// server, with `BYLINE_TIMING_LOG` set, for the benchmarks: keys can be
/// typed into it, and it is quit the way a user quits (which waits for a
/// cache being written), after which its timing log is read.
final class ReaderLaunch {
    let socket: String
    let folder: String
    var logPath: String { folder + "/timing.log" }

    static var isPossible: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains(where: FileManager.default.isExecutableFile(atPath:))
    }

    /// Starts `byline CORPUS` with extra `VAR=value` settings in `environment`.
    init(corpus: String, name: String, environment: String = "") {
        socket = "byline-\(name)-\(getpid())"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let command = "env BYLINE_TIMING_LOG=\(logPath) XDG_STATE_HOME=\(folder)/state \(environment) TERM=xterm-256color \(executable) '\(corpus)'"
        LaunchTiming.tmux(socket, ["-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", command])
    }

    deinit {
        LaunchTiming.tmux(socket, ["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    var logText: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Waits until the timing log mentions `milestone`, for at most `seconds`.
    func wait(for milestone: String, seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline && !logText.contains(milestone) { Thread.sleep(forTimeInterval: 0.05) }
    }

    /// Types a tmux key name, or literal text.
    func send(_ key: String, literal: Bool = false) {
        LaunchTiming.tmux(socket, ["send-keys", "-t", "bench"] + (literal ? ["-l"] : []) + [key])
    }

    /// Quits with `Q` and waits for the reader to log its peak memory on the way out.
    func quit() {
        send("Q")
        wait(for: "peak RSS", seconds: 60)
    }

    /// The timing log's lines as (name, number) in order: milliseconds, or MiB for "peak RSS".
    var log: [(String, Double)] {
        logText.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let value = Double(parts[1].split(separator: " ")[0]) else { return nil }
            return (String(parts[0]), value)
        }
    }
}
