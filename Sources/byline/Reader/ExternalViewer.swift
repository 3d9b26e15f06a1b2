import Foundation

/// Runs the user's editor or pager on a file: `$VISUAL`, then `$EDITOR`,
/// then `$PAGER`, then `less`. The variable may carry arguments
/// (`EDITOR="code --wait"`), so it runs through `/bin/sh`.
enum ExternalViewer {
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR", "PAGER"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "less"
    }

    /// Runs the viewer and waits for it. Returns a one-line problem, or nil.
    static func open(_ path: String) -> String? {
        let viewer = command()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(viewer) \"$1\"", "byline-viewer", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return "cannot run \(viewer): \(error.localizedDescription)"
        }
        if process.terminationStatus == 127 { return "cannot run \(viewer): command not found" }
        return nil
    }
}
