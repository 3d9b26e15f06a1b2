import BylineTerminal
import BylineUI
import Glibc
import Testing

@Suite("Terminal without a terminal")
struct TerminalTests {
    @Test("opening refuses to run when standard input or output is not a terminal",
          .enabled(if: isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1))
    func notATerminal() {
        #expect(throws: TerminalError.notATerminal) { _ = try Terminal() }
    }

    @Test("each error reads as one line that names the problem")
    func errorDescriptions() {
        let errors: [TerminalError] = [.notATerminal, .noUTF8Locale, .cannotOpen(term: ""), .cannotOpen(term: "vt999")]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("\n"))
        }
        #expect(TerminalError.cannotOpen(term: "vt999").description.contains("\"vt999\""))
        #expect(TerminalError.cannotOpen(term: "").description.contains("TERM is not set"))
        #expect(TerminalError.notATerminal.description.contains("terminal"))
    }
}

@Suite("TerminationSignals", .serialized)
struct TerminationSignalsTests {
    /// Sends `signal` to the whole process (test threads may block signals,
    /// so `raise` could leave it pending on this thread) and waits up to a
    /// second for the handler to record it.
    private func send(_ signal: Int32) {
        kill(getpid(), signal)
        var waited = 0
        while !isRecorded(signal), waited < 1000 {
            usleep(1000)
            waited += 1
        }
    }

    private func isRecorded(_ signal: Int32) -> Bool {
        let pending = TerminationSignals.pending
        return pending == signal || (signal == SIGINT && pending == SIGTERM)
    }

    @Test("a handled signal is recorded instead of ending the process, and can be cleared")
    func recorded() {
        TerminationSignals.install()
        TerminationSignals.install()  // twice is harmless
        #expect(TerminationSignals.pending == nil)
        send(SIGHUP)
        #expect(TerminationSignals.pending == SIGHUP)
        TerminationSignals.clear(SIGHUP)
        #expect(TerminationSignals.pending == nil)
    }

    @Test("SIGTERM wins over SIGINT when both are pending")
    func priority() {
        TerminationSignals.install()
        send(SIGINT)
        send(SIGTERM)
        #expect(TerminationSignals.pending == SIGTERM)
        TerminationSignals.clear(SIGTERM)
        #expect(TerminationSignals.pending == SIGINT)
        TerminationSignals.clear(SIGINT)
        #expect(TerminationSignals.pending == nil)
    }
}
