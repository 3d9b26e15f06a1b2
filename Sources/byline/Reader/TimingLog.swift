import Foundation

/// Startup milestones (first frame, full list, full analysis), written to
/// the file named by `BYLINE_TIMING_LOG` for the UI benchmark; nothing is
/// written when the variable is unset.
struct TimingLog {
    private let path: String?
    /// How long the process had been running when the log was made (from
    /// /proc, to 10 ms), so milestones count from launch, not from main.
    private let ageAtStart: Double
    private(set) var listRecorded = false

    init(environment: [String: String]) {
        path = environment["BYLINE_TIMING_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        ageAtStart = path == nil ? 0 : Self.processAgeMilliseconds() ?? 0
    }

    /// The process's age: system uptime less the process's start time, both from /proc.
    static func processAgeMilliseconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name start at field 3; starttime is field 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]),
              let up = Double(uptime.split(separator: " ").first ?? "") else { return nil }
        let hertz = Double(sysconf(Int32(_SC_CLK_TCK)))
        return max(0, (up - ticks / max(hertz, 1)) * 1000)
    }

    /// True when milestones are written somewhere.
    var isEnabled: Bool { path != nil }

    mutating func record(_ milestone: String, since start: ContinuousClock.Instant) {
        if milestone == "list complete" { listRecorded = true }
        guard path != nil else { return }
        write("\(milestone)\t\(String(format: "%.1f", ageAtStart + Self.milliseconds(since: start))) ms\n")
    }

    /// One keystroke's latency: from reading the key to the frame drawn on the terminal.
    func recordKeystroke(since read: ContinuousClock.Instant) {
        guard path != nil else { return }
        write("keystroke\t\(String(format: "%.3f", Self.milliseconds(since: read))) ms\n")
    }

    /// The process's peak resident memory, written when it quits.
    func recordPeakMemory() {
        guard path != nil else { return }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        write("peak RSS\t\(String(format: "%.1f", kilobytes / 1024)) MiB\n")
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    private func write(_ line: String) {
        guard let path else { return }
        guard let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) else { return }
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        handle.closeFile()
    }
}
