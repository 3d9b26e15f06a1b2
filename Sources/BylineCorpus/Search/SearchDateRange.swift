/// The dates a `date:` term accepts: an inclusive range, open at either end.
public struct SearchDateRange: Sendable, Hashable {
    /// First date accepted; nil for no lower bound.
    public var from: NewsDate?
    /// Last date accepted; nil for no upper bound.
    public var through: NewsDate?

    /// A range from `from` through `through`; nil ends are open.
    public init(from: NewsDate?, through: NewsDate?) {
        self.from = from
        self.through = through
    }

    /// Parses a `date:` value: `2019`, `2019-10`, `2019-10-05`, or two of
    /// those joined by `..` with either side optional (`2019-10..2019-11`,
    /// `..2019-11`, `2019-10..`). A year or month stands for all its days.
    /// Bounds given the wrong way round are swapped. Nil when the value is
    /// not a date.
    public init?(parsing value: String) {
        let parts = value.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard let period = Self.period(parts[0]) else { return nil }
            self.init(from: period.first, through: period.last)
            return
        }
        let lower = parts[0].isEmpty ? nil : Self.period(parts[0])
        let upper = parts[1].isEmpty ? nil : Self.period(parts[1])
        if (!parts[0].isEmpty && lower == nil) || (!parts[1].isEmpty && upper == nil) { return nil }
        var from = lower?.first, through = upper?.last
        if let f = from, let t = through, t < f {
            from = Self.period(parts[1])?.first
            through = Self.period(parts[0])?.last
        }
        self.init(from: from, through: through)
    }

    /// Whether `date` is in the range.
    public func contains(_ date: NewsDate) -> Bool {
        if let from, date < from { return false }
        if let through, through < date { return false }
        return true
    }

    /// The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func period(_ text: Substring) -> (first: NewsDate, last: NewsDate)? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count),
              fields.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(fields[0]) else { return nil }
        if fields.count == 1 {
            guard let first = NewsDate(year: year, month: 1, day: 1),
                  let last = NewsDate(year: year, month: 12, day: 31) else { return nil }
            return (first, last)
        }
        guard let month = Int(fields[1]) else { return nil }
        if fields.count == 2 {
            guard let first = NewsDate(year: year, month: month, day: 1),
                  let last = NewsDate(year: year, month: month, day: NewsDate.daysIn(month: month, year: year))
            else { return nil }
            return (first, last)
        }
        guard let day = Int(fields[2]), let date = NewsDate(year: year, month: month, day: day) else { return nil }
        return (date, date)
    }

    /// A date as the index stores it: `yyyymmdd`, 0 for none.
    static func key(_ date: NewsDate?) -> Int32 {
        guard let date else { return 0 }
        return Int32(date.year * 10_000 + date.month * 100 + date.day)
    }

    /// The range as index keys: inclusive `yyyymmdd` bounds (1 and max for open ends).
    var keys: ClosedRange<Int32> {
        let low = from.map { Self.key($0) } ?? 1
        let high = through.map { Self.key($0) } ?? Int32.max
        return low...max(low, high)
    }
}
