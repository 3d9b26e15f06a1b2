/// Hands out curses colour pairs lazily, one per (foreground, background)
/// combination in use, within the terminal's limit. Pure: the caller makes
/// the `init_pair` call for each `.new` assignment.
///
/// Pair 0 is the terminal's own pair and is reused for its colours. When
/// the pairs run out (`TERM=screen` has only 64), a combination gets the
/// closest existing pair: the first with the same background (so bars and
/// highlights stay visible), else the first with the same foreground, else
/// pair 0.
public struct ColorPairs: Sendable {
    /// A foreground and background colour number, as `init_pair` takes them
    /// (-1 is the terminal default).
    public struct Colors: Sendable, Hashable {
        /// The foreground colour number.
        public var foreground: Int16
        /// The background colour number.
        public var background: Int16

        /// The colours `foreground` on `background`.
        public init(foreground: Int16, background: Int16) {
            self.foreground = foreground
            self.background = background
        }
    }

    /// The pair a combination is drawn with.
    public enum Assignment: Sendable, Equatable {
        /// A pair already set up (or pair 0).
        case existing(Int16)
        /// A newly allocated pair: the caller must `init_pair` it with the
        /// requested colours before using it.
        case new(Int16)

        /// The pair number, whether new or not.
        public var pair: Int16 {
            switch self {
            case .existing(let pair), .new(let pair): return pair
            }
        }
    }

    /// The number of pairs the terminal has (`COLOR_PAIRS`), including pair
    /// 0; capped at 32,767 because `init_pair` takes a `short`.
    public let capacity: Int
    /// The colours of pair 0.
    public let pairZero: Colors
    private var assigned: [Colors: Int16] = [:]
    /// Colours of pairs 1, 2, … in allocation order.
    private var allocated: [Colors] = []

    /// An allocator for a terminal with `capacity` pairs, whose pair 0 has
    /// the colours `pairZero`.
    public init(capacity: Int, pairZero: Colors) {
        self.capacity = min(max(0, capacity), Int(Int16.max))
        self.pairZero = pairZero
    }

    /// How many pairs have been allocated (not counting pair 0).
    public var allocatedCount: Int { allocated.count }

    /// The pair for `colors`, allocating one if there is room.
    public mutating func pair(for colors: Colors) -> Assignment {
        if colors == pairZero { return .existing(0) }
        if let pair = assigned[colors] { return .existing(pair) }
        let next = allocated.count + 1
        if next < capacity {
            let pair = Int16(next)
            allocated.append(colors)
            assigned[colors] = pair
            return .new(pair)
        }
        let fallback = closestExisting(to: colors)
        assigned[colors] = fallback
        return .existing(fallback)
    }

    private func closestExisting(to colors: Colors) -> Int16 {
        if colors.background == pairZero.background { return 0 }
        if let index = allocated.firstIndex(where: { $0.background == colors.background }) { return Int16(index + 1) }
        if colors.foreground == pairZero.foreground { return 0 }
        if let index = allocated.firstIndex(where: { $0.foreground == colors.foreground }) { return Int16(index + 1) }
        return 0
    }
}
