import BylineUI
import CNCursesW
import Glibc

extension Terminal {
    /// Waits for input: a key, a mouse event or a resize.
    ///
    /// - Parameter milliseconds: how long to wait; nil waits until input
    ///   arrives or a signal interrupts.
    /// - Returns: the event; `.timeout` when nothing came in time;
    ///   `.interrupted` when a signal arrived (check
    ///   `TerminationSignals.pending`); `.endOfInput` when the terminal is
    ///   gone, after which reading again is pointless; `.unknown` for input
    ///   that maps to nothing.
    ///
    /// Esc followed at once by a character reads as `Key.alt`. A resize
    /// makes the next `draw` repaint everything.
    public func read(timeout milliseconds: Int?) -> TerminalInput {
        guard cursesScreen != nil else { return .endOfInput }
        if let pending = pendingInput {
            pendingInput = nil
            return pending
        }
        let delay = milliseconds.map { Int32(clamping: max(0, $0)) } ?? -1
        let first = nextCode(delay: delay)
        if first.status == ERR { return failedRead(errorNumber: first.errorNumber, timed: delay >= 0) }
        guard first.status == OK, first.code == 27 else { return input(status: first.status, code: first.code) }
        // Esc: another key already waiting means Alt plus that key.
        let second = nextCode(delay: 0)
        if second.status == ERR { return .event(.key(.escape)) }
        let following = input(status: second.status, code: second.code)
        if case .event(.key(let key)) = following, let alt = KeyDecoder.alt(after: key) {
            return .event(.key(alt))
        }
        pendingInput = following
        return .event(.key(.escape))
    }

    private func nextCode(delay: Int32) -> (status: Int32, code: UInt32, errorNumber: Int32) {
        guard let window = cnc_stdscr() else { return (ERR, 0, 0) }
        CrashGuard.stopIfCrashed()
        if currentDelay != delay {
            wtimeout(window, delay)
            currentDelay = delay
        }
        errno = 0
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        return (status, UInt32(code), errno)
    }

    private func failedRead(errorNumber: Int32, timed: Bool) -> TerminalInput {
        if errorNumber == EINTR { return .interrupted }
        // A timed read also fails at once when the terminal hung up: tell
        // that apart from a timeout, or the caller would spin.
        if timed, !inputHungUp() { return .timeout }
        return .endOfInput
    }

    /// True when reading the terminal would not block yet nothing is there
    /// to read: it hung up.
    private func inputHungUp() -> Bool {
        guard let inputFile else { return true }
        var descriptor = pollfd(fd: fileno(inputFile), events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        if Int32(descriptor.revents) & (POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        var available: Int32 = 0
        if ioctl(descriptor.fd, UInt(FIONREAD), &available) != 0 { return true }
        return available == 0
    }

    private func input(status: Int32, code: UInt32) -> TerminalInput {
        if status == KEY_CODE_YES {
            switch Int32(bitPattern: code) {
            case KEY_RESIZE:
                needsFullRedraw = true
                return .event(.resize(size))
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK,
                    let mouse = MouseDecoder.event(buttons: event.bstate, x: event.x, y: event.y)
                else { return .unknown }
                return .event(.mouse(mouse))
            default:
                break
            }
        }
        return KeyDecoder.key(status: status, code: code).map { .event(.key($0)) } ?? .unknown
    }
}
