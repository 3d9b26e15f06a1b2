import Glibc
import Synchronization

/// Records SIGINT, SIGTERM and SIGHUP instead of dying on them, so that the
/// main loop can restore the terminal and exit in order.
///
/// The handler only sets a flag (an atomic, which is async-signal-safe).
/// It is installed without `SA_RESTART`, so a blocking read returns at once
/// with `TerminalInput.interrupted`. It must be installed before curses
/// starts: `newterm` then leaves these signals alone instead of putting in
/// its own handler, which would call `exit(1)` past our cleanup.
/// `Terminal.init` installs it; calling `install()` again does nothing.
///
/// ```swift
/// if let signal = TerminationSignals.pending {
///     terminal.restore()
///     exit(128 + signal)
/// }
/// ```
public enum TerminationSignals {
    /// The signals handled: SIGINT, SIGTERM and SIGHUP.
    public static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// One bit per signal number received and not yet cleared.
    private static let received = Atomic<UInt32>(0)
    private static let installed = Atomic<Bool>(false)

    /// Installs the handlers (once; later calls do nothing).
    public static func install() {
        guard installed.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        // Initialise the flag now: a lazy global's first access is not
        // something to do inside a signal handler.
        received.store(0, ordering: .relaxed)
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TerminationSignals.received.bitwiseOr(1 << UInt32(number & 31), ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns with EINTR
            sigaction(signal, &action, nil)
        }
    }

    /// A signal that arrived and was not cleared, or nil. When several did,
    /// SIGTERM wins over SIGHUP, which wins over SIGINT.
    public static var pending: Int32? {
        let bits = received.load(ordering: .relaxed)
        for signal in [SIGTERM, SIGHUP, SIGINT] where bits & (1 << UInt32(signal)) != 0 { return signal }
        return nil
    }

    /// Forgets that `signal` arrived (for example a Ctrl-C meant for a child
    /// process).
    public static func clear(_ signal: Int32) {
        received.bitwiseAnd(~(1 << UInt32(signal & 31)), ordering: .relaxed)
    }

    /// The signals pending right now, as a bit set (for `Terminal.suspend`).
    static var pendingBits: UInt32 { received.load(ordering: .relaxed) }
}
