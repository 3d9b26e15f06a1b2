import Foundation

/// A program running in a detached tmux session on a private server, driven
/// by keys and read back as the screen shows it, as a person would use it.
final class TmuxSession {
    let socket: String
    let name = "byline"
    let folder: String

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (a shell command line) in a `width`×`height` window,
    /// with HOME and the XDG folders inside a private temporary folder.
    init(command: String, width: Int, height: Int, term: String = "xterm-256color", extraEnvironment: String = "") throws {
        socket = "byline-test-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let environment = "HOME=\(folder) XDG_STATE_HOME=\(folder)/state XDG_CONFIG_HOME=\(folder)/config TERM=\(term) LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no \(extraEnvironment)"
        // The pane's shell records the terminal settings before and after, and the exit status.
        // Like an interactive shell, the pane's shell survives the Ctrl-C meant for the program.
        let script = "trap true INT; cd \(folder) && stty -g > stty.before; sh -c 'echo $$ > pid; exec env -u NO_COLOR \(environment) \(command)'; echo $? > status; stty -g > stty.after; sleep 30"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a tmux command and returns what it printed. It is spawned and
    /// reaped directly: Foundation's `Process` waits for descriptors that the
    /// tmux server started by `new-session` inherits, and would never return.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = folder + "/tmux-output-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Sends tmux key names (`Enter`, `Escape`, `C-c`) or literal text (`literal: true`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The screen's text (with colour escapes when `escapes`).
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
    }

    /// Waits until the screen satisfies `condition` (up to `timeout` seconds) and returns it.
    @discardableResult
    func waitFor(timeout: Double = 10, escapes: Bool = false, _ condition: (String) -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let text = try screen(escapes: escapes)
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format variable of the pane, e.g. `alternate_on`, `cursor_flag`, `pane_pid`.
    func paneVariable(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", self.name, "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The exit status the pane's shell recorded, once the program has ended.
    func exitStatus(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOfFile: folder + "/status", encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                Thread.sleep(forTimeInterval: 0.1)
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// True when the terminal settings after the program equal those before.
    var terminalSettingsRestored: Bool {
        guard let before = try? String(contentsOfFile: folder + "/stty.before", encoding: .utf8),
              let after = try? String(contentsOfFile: folder + "/stty.after", encoding: .utf8) else { return false }
        return before == after
    }

    /// The process id of the program (written by the pane's shell before it exec'd it).
    var programPID: Int32? {
        (try? String(contentsOfFile: folder + "/pid", encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
