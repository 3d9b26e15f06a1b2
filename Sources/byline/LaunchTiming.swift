import Foundation

/// Launches `byline PATH` in a tmux window several times with
/// `BYLINE_TIMING_LOG` set, waits for the full analysis, quits, and reports
/// the median time from launch to first frame, full list and full analysis.
enum LaunchTiming {
    static func measure(corpus: String, launches: Int) -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { return nil }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var milestones: [String: [Double]] = [:]
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
            tmux(socket, ["send-keys", "-t", "bench", "Q"])
            Thread.sleep(forTimeInterval: 0.2)
            tmux(socket, ["kill-server"])
            guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t")
                guard parts.count == 2, let value = Double(parts[1].split(separator: " ")[0]) else { continue }
                milestones[String(parts[0]), default: []].append(value)
            }
        }
        func median(_ key: String) -> String {
            guard let values = milestones[key], !values.isEmpty else { return "not reached" }
            let sorted = values.sorted()
            return String(format: "%.0f ms", sorted[sorted.count / 2])
        }
        return "launch      median of \(launches) in tmux 200×60 (from process start): first frame \(median("first frame")), "
            + "full list \(median("list complete")), full analysis \(median("analysis complete"))"
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
