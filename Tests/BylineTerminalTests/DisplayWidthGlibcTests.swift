import BylineUI
import CNCursesW
import Glibc
import Testing

/// Keeps `DisplayWidth` in agreement with glibc's `wcwidth`, which is what
/// ncursesw uses to place characters: any disagreement leaves stale cells.
@Suite("DisplayWidth agrees with glibc wcwidth under C.UTF-8")
struct DisplayWidthGlibcTests {
    /// Scalars where the table knowingly differs from this machine's glibc,
    /// with the reason. None today; list any here rather than loosening the
    /// test.
    static let knownMismatches: [UInt32: String] = [:]

    @Test("every printable scalar up to U+3FFFD has glibc's width")
    func printableWidths() throws {
        try withUTF8CharacterType {
            var compared = 0
            var mismatches: [String] = []
            for value in UInt32(0)...0x3FFFD {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let expected = Int(cnc_wcwidth(wchar_t(bitPattern: value)))
                guard expected >= 0 else { continue }
                compared += 1
                let actual = DisplayWidth.columns(of: scalar)
                if actual != expected, Self.knownMismatches[value] == nil {
                    mismatches.append(hex(value) + ": table \(actual), glibc \(expected)")
                }
            }
            // glibc 2.36 prints 150,759 scalars in this range (144,358 of
            // them outside the private use area and NUL).
            #expect(compared > 144_000)
            #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(40).joined(separator: ", "))")
        }
    }

    @Test("terminalSafe replaces exactly the scalars glibc cannot print")
    func unprintableScalars() throws {
        try withUTF8CharacterType {
            var mismatches: [String] = []
            for value in UInt32(0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let isControl = value < 0x20 || (value >= 0x7F && value < 0xA0)
                let printable = cnc_wcwidth(wchar_t(bitPattern: value)) >= 0 && !isControl
                let replaced = DisplayWidth.terminalSafe(Character(scalar)) == "\u{FFFD}" && value != 0xFFFD
                if printable == replaced, Self.knownMismatches[value] == nil {
                    mismatches.append(hex(value) + (printable ? ": replaced but printable" : ": kept but unprintable"))
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(40).joined(separator: ", "))")
        }
    }

    /// Writes a fresh `DisplayWidth.runs` table from this machine's glibc to
    /// the file named by `BYLINE_WIDTH_TABLE` (only when it is set).
    @Test(
        "regenerate the width table (BYLINE_WIDTH_TABLE=<file>)",
        .enabled(if: getenv("BYLINE_WIDTH_TABLE") != nil))
    func regenerate() throws {
        let path = try #require(getenv("BYLINE_WIDTH_TABLE").map { String(cString: $0) })
        var text = ""
        try withUTF8CharacterType {
            var previous = -2
            var count = 0
            for value in UInt32(0)...0x10FFFF {
                let width = (0xD800...0xDFFF).contains(value) ? -1 : Int(cnc_wcwidth(wchar_t(bitPattern: value)))
                let code = width < 0 ? 0xFF : width
                guard code != previous else { continue }
                text += count % 8 == 0 ? (count == 0 ? "        " : "\n        ") : " "
                text += "0x" + hexDigits(value, 6) + "_" + hexDigits(UInt32(code), 2) + ","
                previous = code
                count += 1
            }
            text += "\n"
        }
        let file = try #require(fopen(path, "w"))
        defer { fclose(file) }
        #expect(fputs(text, file) >= 0)
    }
}

/// Runs `body` with a UTF-8 character type locale on this thread only, so
/// that `wcwidth` answers as it does under curses without changing the
/// locale of other tests running in parallel.
func withUTF8CharacterType(_ body: () throws -> Void) throws {
    let utf8 = try #require(newlocale(CNC_LC_CTYPE_MASK, "C.UTF-8", nil), "C.UTF-8 locale missing")
    let previous = uselocale(utf8)
    defer {
        uselocale(previous)
        freelocale(utf8)
    }
    try body()
}

func hex(_ value: UInt32) -> String { "U+" + hexDigits(value, 4) }

func hexDigits(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
