import Foundation

/// Launches `byline PATH` in a tmux window several times with
/// `BYLINE_TIMING_LOG` set, waits for the full analysis, types the list
/// filter queries key by key, quits, and reports the median time from launch
/// to first frame, full list and full analysis, and the latency of each
/// keystroke from the reader reading it to the frame drawn on the terminal.
enum LaunchTiming {
    struct Report {
        var launch: String
        var keystrokes: [String]
    }

    /// Pause between typed keys, so that no key waits behind the one before.
    static let keyInterval = 0.04

    static func measure(corpus: String, launches: Int, queries: [String], repetitions: Int) -> Report? {
        guard ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var milestones: [String: [Double]] = [:]
        // Latencies per typed step: "oil" is the third key of "oil price".
        var steps: [String: [Double]] = [:]
        var stepOrder: [String] = []
        for run in 0..<max(1, launches) {
            let log = "\(folder)/timing-\(run).log"
            let socket = "byline-bench-\(getpid())-\(run)"
            let command = "env BYLINE_TIMING_LOG=\(log) XDG_STATE_HOME=\(folder)/state TERM=xterm-256color \(executable) '\(corpus)'"
            tmux(socket, ["-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", command])
            let deadline = Date().addingTimeInterval(300)
            while Date() < deadline {
                if let text = try? String(contentsOfFile: log, encoding: .utf8), text.contains("analysis complete") { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
            // Typing is measured on the last launch only (the others time the start).
            var typed: [String] = []
            if run == max(1, launches) - 1 {
                for _ in 0..<repetitions {
                    for query in queries {
                        for (label, key, literal) in keys(typing: query) {
                            tmux(socket, ["send-keys", "-t", "bench"] + (literal ? ["-l"] : []) + [key])
                            typed.append(label)
                            Thread.sleep(forTimeInterval: keyInterval)
                        }
                    }
                }
                Thread.sleep(forTimeInterval: 0.2)
            }
            tmux(socket, ["send-keys", "-t", "bench", "Q"])
            Thread.sleep(forTimeInterval: 0.2)
            tmux(socket, ["kill-server"])
            guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { continue }
            var keystroke = 0
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t")
                guard parts.count == 2, let value = Double(parts[1].split(separator: " ")[0]) else { continue }
                if parts[0] == "keystroke" {
                    if keystroke < typed.count {
                        let label = typed[keystroke]
                        if steps[label] == nil { stepOrder.append(label) }
                        steps[label, default: []].append(value)
                    }
                    keystroke += 1
                } else {
                    milestones[String(parts[0]), default: []].append(value)
                }
            }
        }
        func median(_ key: String) -> String {
            guard let values = milestones[key], !values.isEmpty else { return "not reached" }
            let sorted = values.sorted()
            return String(format: "%.0f ms", sorted[sorted.count / 2])
        }
        let launch = "launch      median of \(launches) in tmux 200×60 (from process start): first frame \(median("first frame")), "
            + "full list \(median("list complete")), full analysis \(median("analysis complete"))"
        var lines = ["keystroke   real binary in tmux 200×60, key read to frame drawn, \(repetitions) repetitions:"]
        for label in stepOrder {
            let samples = steps[label] ?? []
            lines.append("  \(label.padding(toLength: 22, withPad: " ", startingAt: 0)) median \(format(percentile(samples, 0.5))) ms   p99 \(format(percentile(samples, 0.99))) ms")
        }
        let all = steps.values.flatMap { $0 }
        lines.append("  all keystrokes   median \(format(percentile(all, 0.5))) ms   p99 \(format(percentile(all, 0.99))) ms   (\(all.count) keys)")
        return Report(launch: launch, keystrokes: lines)
    }

    /// One launch of the reader in a 200×60 tmux window with its cache in
    /// `cacheHome`: the times from process start to first frame, full list and
    /// every article analysed and indexed, then the peak memory measured when
    /// it quits (after writing its cache). One line, labelled.
    static func open(corpus: String, cacheHome: String, label: String) -> String? {
        guard ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains(where: FileManager.default.isExecutableFile(atPath:)) else {
            return "\(label.padding(toLength: 11, withPad: " ", startingAt: 0)) not measured: tmux is not installed"
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-open-\(getpid())-\(label)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "/timing.log"
        let socket = "byline-open-\(getpid())-\(label)"
        let command = "env BYLINE_TIMING_LOG=\(log) XDG_STATE_HOME=\(folder)/state XDG_CACHE_HOME=\(cacheHome) TERM=xterm-256color \(executable) '\(corpus)'"
        tmux(socket, ["-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", command])
        func logText() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        var deadline = Date().addingTimeInterval(600)
        while Date() < deadline && !logText().contains("analysis complete") { Thread.sleep(forTimeInterval: 0.05) }
        tmux(socket, ["send-keys", "-t", "bench", "Q"])
        deadline = Date().addingTimeInterval(60)
        while Date() < deadline && !logText().contains("peak RSS") { Thread.sleep(forTimeInterval: 0.05) }
        tmux(socket, ["kill-server"])
        var values: [String: String] = [:]
        for line in logText().split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        func milliseconds(_ key: String) -> String {
            guard let text = values[key], let value = Double(text.split(separator: " ")[0]) else { return "not reached" }
            return value >= 10_000 ? String(format: "%.1f s", value / 1000) : String(format: "%.0f ms", value)
        }
        return "\(label.padding(toLength: 11, withPad: " ", startingAt: 0)) reader in tmux: first frame \(milliseconds("first frame")), "
            + "full list \(milliseconds("list complete")), analysed and indexed \(milliseconds("analysis complete")), "
            + "peak RSS \(values["peak RSS"] ?? "not measured")"
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
