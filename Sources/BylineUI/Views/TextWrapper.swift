/// Wrapping and truncating plain text by display width.
public enum TextWrapper {
    /// Lines of at most `width` columns, broken at spaces (words longer than a line are broken).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineColumns = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordColumns = DisplayWidth.columns(of: word)
            if lineColumns > 0, lineColumns + 1 + wordColumns <= width {
                line += " " + word
                lineColumns += 1 + wordColumns
                continue
            }
            if lineColumns > 0 {
                lines.append(line)
                line = ""
                lineColumns = 0
            }
            while wordColumns > width {
                var piece = ""
                var columns = 0
                var rest = word.startIndex
                for character in word {
                    let w = DisplayWidth.columns(of: character)
                    if columns + w > width { break }
                    piece.append(character)
                    columns += w
                    rest = word.index(after: rest)
                }
                if piece.isEmpty { break }
                lines.append(piece)
                word = word[rest...]
                wordColumns = DisplayWidth.columns(of: word)
            }
            line = String(word)
            lineColumns = wordColumns
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The text cut to `width` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.columns(of: text) <= width { return text }
        var result = ""
        var columns = 0
        for character in text {
            let w = DisplayWidth.columns(of: character)
            if columns + w > width - 1 { break }
            result.append(character)
            columns += w
        }
        return result + "…"
    }
}
