import BylineTestSupport
import Foundation
import Testing

/// `byline bench search`: the steps it times, chosen or not.
@Suite struct BenchSearchCommandTests {
    /// The step names a report prints, in order (`  "oil"   median …`).
    func timedSteps(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  \""), line.contains("median"), let close = line.dropFirst(3).firstIndex(of: "\"") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<close])
        }
    }

    @Test func chosenStepsAreTimedOnceEachInTheirOrder() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("a/oil.txt", "Oil price hits a record\n\nThe oil price rose again on Monday, Opec said.\n")
        try corpus.write("b/grain.txt", "Grain prices climb\n\nWheat futures rose 3.5% in Chicago, traders said.\n")
        let run = try BylineBinary.run(["bench", "search", corpus.root, "--no-launch", "--no-fts5", "--repetitions", "2",
                                        "--step", "oil pri", "--step", "grain", "--step", "oil pri"])
        #expect(run.status == 0, "\(run.stderr)")
        // Two reports (files forgotten, files kept), each with the chosen steps.
        #expect(timedSteps(run.stdoutText) == ["oil pri", "grain", "oil pri", "grain"], "\(run.stdoutText)")
        #expect(run.stdoutText.contains("(1 matches)"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: corpus.root).sorted() == ["a", "a/oil.txt", "b", "b/grain.txt"])
    }

    @Test func withoutChosenStepsTheTypedSequenceIsTimed() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("oil.txt", "Oil price hits a record\n\nThe oil price rose again, Tony Blair said.\n")
        let run = try BylineBinary.run(["bench", "search", corpus.root, "--no-launch", "--no-fts5", "--repetitions", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let sequence = ["o", "oi", "oil", "oil ", "oil p", "oil pr", "oil pri", "oil pric", "oil price", "person:blair"]
        #expect(timedSteps(run.stdoutText) == sequence + sequence)
        #expect(run.stdoutText.contains("keystroke   the thread that types kept on processor 0 (--no-pin: wherever the scheduler puts them)"),
                "\(run.stdoutText)")
    }

    @Test func noPinLeavesTheTypingThreadToTheScheduler() throws {
        let corpus = try TemporaryFolder()
        try corpus.write("oil.txt", "Oil price hits a record\n\nThe oil price rose again, Tony Blair said.\n")
        let run = try BylineBinary.run(["bench", "search", corpus.root, "--no-launch", "--no-fts5", "--repetitions", "1", "--no-pin"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText.contains("the thread that types and python3 run wherever the scheduler puts them (--no-pin)"))
        #expect(!run.stdoutText.contains("kept on processor 0"))
    }
}
