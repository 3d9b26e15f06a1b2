import Glibc
import CNCursesW
import Synchronization

/// Leaves curses mode when the process crashes, so that the shell gets its
/// normal screen and cursor back and the crash report is readable.
///
/// It hooks SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE and SIGABRT, keeping
/// the handlers that were there before (those of the Swift runtime's
/// backtracer). On a crash it calls `endwin()` if curses is active, puts
/// the previous handler back and returns: a fault re-executes the faulting
/// instruction and lands in that handler; a signal that was sent (`abort()`,
/// `kill`) is raised again. `endwin()` is not async-signal-safe; that is
/// accepted because the process is dying anyway.
///
/// `Terminal.init` installs it; calling `install()` again does nothing.
/// Set `SWIFT_BACKTRACE=interactive=no` so that the backtracer does not wait
/// 30 seconds for a key on a terminal.
public enum CrashGuard {
    /// The signals hooked.
    public static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    private static let installed = Atomic<Bool>(false)
    /// True while a `Terminal` has curses active (not suspended or restored).
    static let cursesActive = Atomic<Bool>(false)
    /// Set by the handler: the process is dying.
    private static let crashed = Atomic<Bool>(false)

    /// True once a thread has crashed. The terminal is given back by then, and
    /// any further drawing would take it again (a refresh after `endwin()`
    /// returns to curses mode), so `Terminal` stops the thread that asks
    /// instead (see `stopIfCrashed`).
    public static var hasCrashed: Bool { crashed.load(ordering: .acquiring) }

    /// Called before every curses call that could take the terminal back:
    /// when another thread has crashed, the caller waits here for the
    /// process to end rather than redraw over the crash report.
    static func stopIfCrashed() {
        guard hasCrashed else { return }
        while true { pause() }
    }
    /// The handlers found at install time, indexed by signal number. Written
    /// only by `install()` before any handler of ours exists, then only read.
    nonisolated(unsafe) private static var previous: [sigaction] = Array(repeating: sigaction(), count: 32)

    /// Installs the crash handlers (once; later calls do nothing).
    public static func install() {
        guard installed.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, _ in
                CrashGuard.handle(signal, sent: (info?.pointee.si_code ?? 0) <= 0)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[Int(signal)] = old
        }
    }

    private static func handle(_ signal: Int32, sent: Bool) {
        crashed.store(true, ordering: .releasing)
        if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
        var old = previous[Int(signal & 31)]
        sigaction(signal, &old, nil)
        // A fault comes back by itself when the instruction runs again; a
        // signal sent by abort() or kill does not. It is blocked while this
        // handler runs, so it is delivered (to the old handler) on return.
        if sent { raise(signal) }
    }
}
