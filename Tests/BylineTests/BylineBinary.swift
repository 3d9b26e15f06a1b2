import Foundation

/// Runs the real `byline` executable, as a user or script would.
struct BylineBinary {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
        /// The JSON objects of JSON Lines output.
        func objects() throws -> [[String: Any]] {
            try stdoutText.split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
            }
        }
    }

    /// The `byline` built beside this test bundle.
    static var url: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleFolder.appendingPathComponent("byline"),
            bundleFolder.deletingLastPathComponent().appendingPathComponent("byline"),
            Bundle.main.bundleURL.appendingPathComponent("byline"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("byline"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `byline ARGUMENTS`, optionally through a wrapper such as `setpriv`.
    static func run(_ arguments: [String], wrapper: [String] = [], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let tool = wrapper.first {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = Array(wrapper.dropFirst()) + [url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        // Standard error goes to a file, standard output to a pipe read to
        // its end, so that neither can fill up and block the process.
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("byline-stderr-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let errFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errFile
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errFile.close()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}
