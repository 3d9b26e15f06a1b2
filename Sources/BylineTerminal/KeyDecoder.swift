import BylineUI
import CNCursesW

/// Turns what `get_wch` returns into a `Key`. Pure: no terminal needed.
public enum KeyDecoder {
    /// The key for a `get_wch` result, or nil for input that is not a key the
    /// reader knows.
    ///
    /// - Parameters:
    ///   - status: `OK` for a character, `KEY_CODE_YES` for a function key.
    ///   - code: the character, or the `KEY_*` code.
    /// - Note: `KEY_RESIZE` and `KEY_MOUSE` are not keys; `Terminal` handles
    ///   them before asking here, and this returns nil for them.
    public static func key(status: Int32, code: UInt32) -> Key? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: code)) }
        guard status == OK else { return nil }
        switch code {
        case 10, 13: return .enter  // 13 under nonl(), 10 otherwise
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<0x20, 0x80..<0xA0: return nil  // other C0 and C1 controls
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for Esc followed at once by `following` (how terminals send
    /// Alt plus a character), or nil when the two are separate keys.
    public static func alt(after following: Key) -> Key? {
        if case .character(let character) = following { return .alt(character) }
        return nil
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        // The keypad in application mode, and Find/Select (what some
        // terminals send for Home/End), are the same keys to a reader.
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BTAB: return .backTab
        case cnc_key_f(1)...cnc_key_f(12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}

/// Turns an ncurses mouse event into a `MouseEvent`. Pure: no terminal needed.
public enum MouseDecoder {
    /// The event for the button state `getmouse` reported at column `x`,
    /// row `y`, or nil for anything but a button-1 press or a wheel step.
    ///
    /// With ncurses 6 (mouse version 2) the wheel reports as button 4 (up)
    /// and button 5 (down) presses.
    public static func event(buttons: mmask_t, x: Int32, y: Int32) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttons & CNC_BUTTON4_PRESSED != 0 {
            kind = .wheelUp
        } else if buttons & CNC_BUTTON5_PRESSED != 0 {
            kind = .wheelDown
        } else if buttons & CNC_BUTTON1_PRESSED != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: Int(x), y: Int(y))
    }
}
