import BylineUI
import CNCursesW
import Glibc

/// The terminal, driven through ncursesw: draws `Screen`s and reads keys,
/// mouse events and resizes.
///
/// Use it from the main thread only, and keep one open at a time. Opening it
/// switches the terminal to curses mode (the alternate screen, no echo, keys
/// one at a time); `restore()` (or dropping the last reference) switches it
/// back. Nothing may be printed to standard output while it is open: curses
/// owns it.
///
/// ```swift
/// let terminal = try Terminal()
/// defer { terminal.restore() }
/// while TerminationSignals.pending == nil {
///     terminal.draw(render(state, terminal.size), theme: theme)
///     switch terminal.read(timeout: nil) {
///     case .event(let event): state.apply(event)
///     case .endOfInput: return
///     case .timeout, .interrupted, .unknown: break
///     }
/// }
/// ```
///
/// Opening it also installs `TerminationSignals` (before curses starts)
/// and `CrashGuard` (after), so that Ctrl-C, `kill` and crashes leave the
/// terminal usable. Run with `SWIFT_BACKTRACE=interactive=no`: otherwise a
/// crash report on a terminal waits 30 seconds for a key.
public final class Terminal {
    /// The colour depth drawing uses: the `depth` passed to `init`, or the
    /// one `ColorDepth(terminalColors:environment:)` picks for the terminal's
    /// colours and `NO_COLOR`.
    public let colorDepth: ColorDepth

    /// The curses screen; nil once restored.
    var cursesScreen: OpaquePointer?
    /// Private duplicates of standard output and input that curses uses.
    var outputFile: UnsafeMutablePointer<FILE>?
    var inputFile: UnsafeMutablePointer<FILE>?

    // Drawing state.
    let palette: ColorPalette
    var pairs: ColorPairs
    var styles: [StyleKey: DrawStyle] = [:]
    var previousScreen: Screen?
    var previousTheme: Theme?
    var needsFullRedraw = true
    /// Whether the hardware cursor is shown (curses keeps this across
    /// `suspend`).
    var cursorShown = false

    // Input state.
    var pendingInput: TerminalInput?
    var currentDelay: Int32?

    /// Switches the terminal to curses mode.
    ///
    /// Standard input and standard output must both be terminals. The
    /// character type locale comes from the environment, falling back to
    /// `C.UTF-8` when that is not UTF-8 (curses draws only ASCII otherwise).
    /// Colours are started when the terminal has them, with the terminal's
    /// own default colours available. Button-1 presses and the mouse wheel
    /// are reported (so selecting text with the mouse takes Shift in most
    /// terminals). Esc waits 25 ms for the rest of a key sequence.
    ///
    /// - Parameter depth: the colour depth to draw with; nil picks it from
    ///   `NO_COLOR` (set and not empty: monochrome, see https://no-color.org)
    ///   and the terminal's colours (none: monochrome; 256 or more:
    ///   extended; else basic).
    /// - Throws: `TerminalError` when there is no terminal, no UTF-8 locale,
    ///   or curses does not know the terminal type.
    public init(depth: ColorDepth? = nil) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard Self.selectUTF8Locale() else { throw .noUTF8Locale }
        // Before newterm, which then leaves SIGINT/SIGTERM to us.
        TerminationSignals.install()

        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        // Duplicates of fd 0 and 1, closed again by restore(): Glibc's
        // stdin/stdout are mutable globals Swift 6 rejects, and closing
        // the duplicates leaks nothing.
        let outputDescriptor = dup(STDOUT_FILENO)
        let inputDescriptor = dup(STDIN_FILENO)
        let output = outputDescriptor >= 0 ? fdopen(outputDescriptor, "w") : nil
        let input = inputDescriptor >= 0 ? fdopen(inputDescriptor, "r") : nil
        // newterm, not initscr: initscr exits on an unknown TERM.
        guard let output, let input, let screen = newterm(nil, output, input) else {
            if let output { fclose(output) } else if outputDescriptor >= 0 { close(outputDescriptor) }
            if let input { fclose(input) } else if inputDescriptor >= 0 { close(inputDescriptor) }
            throw .cannotOpen(term: term)
        }
        cursesScreen = screen
        outputFile = output
        inputFile = input

        cbreak()
        noecho()
        nonl()  // Enter arrives as 13
        let window = cnc_stdscr()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        let hasColors = has_colors()
        var hasDefaultColors = false
        if hasColors {
            start_color()
            hasDefaultColors = use_default_colors() == OK
        }
        mousemask(CNC_BUTTON1_PRESSED | CNC_BUTTON4_PRESSED | CNC_BUTTON5_PRESSED, nil)
        mouseinterval(0)

        let colors = hasColors ? Int(cnc_colors()) : 0
        let noColor = getenv("NO_COLOR").map { ["NO_COLOR": String(cString: $0)] } ?? [:]
        colorDepth = depth ?? ColorDepth(terminalColors: colors, environment: noColor)
        palette = ColorPalette(colors: colors, hasDefaultColors: hasDefaultColors)
        pairs = ColorPairs(
            capacity: hasColors ? Int(cnc_color_pairs()) : 0,
            pairZero: ColorPairs.Colors(
                foreground: palette.number(for: .terminalDefault, isForeground: true),
                background: palette.number(for: .terminalDefault, isForeground: false)))

        CrashGuard.install()
        CrashGuard.cursesActive.store(true, ordering: .relaxed)
    }

    deinit {
        restore()
    }

    /// The terminal's size in columns and rows (0 × 0 once restored).
    public var size: Size {
        guard cursesScreen != nil, let window = cnc_stdscr() else { return Size(width: 0, height: 0) }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Forces a full repaint on the next `draw` (for Ctrl-L, when something
    /// else wrote over the screen): the terminal is cleared and every cell
    /// written again.
    public func redraw() {
        guard cursesScreen != nil else { return }
        needsFullRedraw = true
        clearok(cnc_curscr(), true)
    }

    /// Leaves curses mode while `body` runs (for example to run `$EDITOR` as
    /// a child process on the normal screen, with the cursor visible and the
    /// terminal in its usual mode), then comes back and repaints everything.
    ///
    /// A SIGINT that arrives while `body` runs (a Ctrl-C meant for the
    /// child) is forgotten; SIGTERM and SIGHUP stay pending.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        guard cursesScreen != nil else { return try body() }
        let interruptedBefore = TerminationSignals.pendingBits & (1 << UInt32(SIGINT)) != 0
        CrashGuard.cursesActive.store(false, ordering: .relaxed)
        endwin()
        defer {
            if !interruptedBefore { TerminationSignals.clear(SIGINT) }
            // Refreshing after endwin returns to curses mode; clearok makes
            // it repaint the whole screen, whatever the child left there.
            clearok(cnc_curscr(), true)
            wrefresh(cnc_stdscr())
            CrashGuard.cursesActive.store(true, ordering: .relaxed)
            needsFullRedraw = true
        }
        return try body()
    }

    /// Switches the terminal back to normal mode: the normal screen, the
    /// cursor shown, echo and line editing on. Safe to call more than once;
    /// later calls do nothing, and so does everything else on this terminal.
    public func restore() {
        guard let screen = cursesScreen else { return }
        CrashGuard.cursesActive.store(false, ordering: .relaxed)
        endwin()
        delscreen(screen)
        cursesScreen = nil
        if let outputFile { fclose(outputFile) }
        if let inputFile { fclose(inputFile) }
        outputFile = nil
        inputFile = nil
    }

    /// Picks a UTF-8 character type locale: the environment's, else a
    /// fallback. Returns false when none is UTF-8.
    private static func selectUTF8Locale() -> Bool {
        setlocale(LC_CTYPE, "")
        if localeIsUTF8() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if localeIsUTF8() { return true }
        }
        return false
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
