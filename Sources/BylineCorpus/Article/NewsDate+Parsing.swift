extension NewsDate {
    /// Reads a date in the forms news metadata uses: ISO 8601 (`2019-10-27`,
    /// `2019-10-27T10:00:00Z`), `27 October 2019`, `October 27, 2019`,
    /// `Sept. 11, 2001`, `Sun, 27 Oct 2019 10:00:00 GMT`, `27/10/2019`, with
    /// optional weekday, time, time zone and a `Published:`-style prefix.
    ///
    /// With `strict`, every word of `text` must belong to the date, which is
    /// how a plain-text article's date line is told from a sentence.
    public init?(parsing text: String, strict: Bool = false) {
        // Every form has a year, so a line without a digit is no date.
        guard text.utf8.count <= 80, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              !(strict && DateReader.firstWordRulesOut(text)),
              let date = DateReader(text, strict: strict).read() else { return nil }
        self = date
    }

    /// A date from a Unix timestamp in seconds (or milliseconds, when the
    /// value is too large to be seconds), as JSON feeds sometimes give it.
    public init?(unixTime: Double) {
        var seconds = unixTime
        if seconds > 100_000_000_000 { seconds /= 1000 }
        guard seconds.isFinite, seconds > -62_135_596_800, seconds < 253_402_300_800 else { return nil }
        let days = Int((seconds / 86_400).rounded(.down))
        // Howard Hinnant's civil-from-days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

/// A small tokenizer and reader behind ``NewsDate/init(parsing:strict:)``.
private struct DateReader {
    private enum Token: Equatable {
        case word(String)
        case number(String)
        case time
        case zoneOffset
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]
    /// Words that may surround a date on a metadata line without being part of it.
    private static let fillers: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
        "published", "updated", "posted", "last", "modified", "date", "dated", "on", "at", "of", "the",
        "am", "pm", "a", "m", "p", "t", "z", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
        "mst", "mdt", "pst", "pdt", "ist", "jst", "aest", "aedt", "st", "nd", "rd", "th",
    ]

    /// True when the first word of `text` is neither a month nor a filler,
    /// so that a strict reading must fail: how most lines that are not
    /// dates are told at once. False when the first word is not plain ASCII.
    static func firstWordRulesOut(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let start = bytes.firstIndex(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 }),
              bytes[start] < 0x80 else { return false }
        let end = bytes[start...].firstIndex(where: { !(($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }) ?? bytes.endIndex
        if end != bytes.endIndex && bytes[end] >= 0x80 { return false }
        let word = String(decoding: bytes[start..<end].map { $0 | 0x20 }, as: UTF8.self)
        return months[word] == nil && !fillers.contains(word)
    }

    private let tokens: [Token]
    private let strict: Bool
    private let isISOLike: Bool

    init(_ text: String, strict: Bool) {
        self.strict = strict
        var tokens = [Token]()
        let scalars = Array(text.lowercased().unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isAlphabetic {
                var word = ""
                while i < scalars.count, scalars[i].properties.isAlphabetic { word.unicodeScalars.append(scalars[i]); i += 1 }
                tokens.append(.word(word))
            } else if ("0"..."9").contains(c) {
                let startsWithSign = i > 0 && (scalars[i - 1] == "+" || (scalars[i - 1] == "-" && tokens.last == .time))
                var digits = ""
                while i < scalars.count, ("0"..."9").contains(scalars[i]) { digits.unicodeScalars.append(scalars[i]); i += 1 }
                if i < scalars.count, scalars[i] == ":" {
                    // hh:mm[:ss[.fff]] or a zone offset such as +05:30
                    while i < scalars.count, ("0"..."9").contains(scalars[i]) || scalars[i] == ":" || scalars[i] == "." {
                        i += 1
                    }
                    tokens.append(startsWithSign ? .zoneOffset : .time)
                } else if startsWithSign && tokens.last == .time {
                    tokens.append(.zoneOffset)
                } else {
                    tokens.append(.number(digits))
                }
            } else {
                i += 1
            }
        }
        self.tokens = tokens
        if case .number(let first)? = tokens.first, first.count == 4 { isISOLike = true } else { isISOLike = false }
    }

    func read() -> NewsDate? {
        var month: Int?
        var numbers = [String]()
        for token in tokens {
            switch token {
            case .word(let w):
                if let m = DateReader.months[w] {
                    if month != nil { return nil }
                    month = m
                } else if !DateReader.fillers.contains(w) {
                    if strict { return nil }
                }
            case .number(let digits):
                numbers.append(digits)
            case .time, .zoneOffset:
                continue
            }
        }
        if strict && numbers.count > 3 { return nil }
        if let month {
            // `27 October 2019`, `October 27, 2019`, `27th Oct 2019`
            guard let year = numbers.first(where: { $0.count == 4 }).flatMap(Int.init),
                  let day = numbers.first(where: { $0.count <= 2 }).flatMap(Int.init) else { return nil }
            if strict && numbers.count != 2 { return nil }
            return NewsDate(year: year, month: month, day: day)
        }
        guard numbers.count >= 3 else { return nil }
        let parts = numbers.prefix(3).compactMap { Int($0) }
        if strict && numbers.count != 3 { return nil }
        if isISOLike || numbers[0].count == 4 {
            return NewsDate(year: parts[0], month: parts[1], day: parts[2])
        }
        guard numbers[2].count == 4 else { return nil }
        // Day first unless that cannot be: 27/10/2019 and 10/27/2019 both work;
        // an ambiguous 03/04/2019 is read day-first, the international order.
        if parts[0] <= 12 && parts[1] > 12 {
            return NewsDate(year: parts[2], month: parts[0], day: parts[1])
        }
        return NewsDate(year: parts[2], month: parts[1], day: parts[0])
    }
}
