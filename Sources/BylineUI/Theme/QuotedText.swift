/// Text from a file quoted for a one-line message: in double quotes, control
/// characters and quotes escaped, cut short when long (garbage files make
/// long "keys").
enum QuotedText {
    static let limit = 40

    /// `"text"`, safe to put on one line of a message.
    static func quoted(_ text: String) -> String {
        var result = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            result += escaped(scalar, inQuotes: true)
            count += 1
        }
        return result + "\""
    }

    /// `text` with control characters escaped, so it stays on one line.
    static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            result += escaped(scalar, inQuotes: false)
        }
        return result
    }

    private static func escaped(_ scalar: Unicode.Scalar, inQuotes: Bool) -> String {
        switch scalar {
        case "\"" where inQuotes: return "\\\""
        case "\\" where inQuotes: return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            return String(scalar)
        }
    }
}
