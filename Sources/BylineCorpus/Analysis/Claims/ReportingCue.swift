/// The reporting words that attribute a statement, with the stance each
/// carries. A curated list in every inflection, not a big lexicon: rarer
/// verbs cost more precision than they bring recall.
enum ReportingCue {
    static let stances: [String: Claim.Stance] = {
        var table = [String: Claim.Stance]()
        func add(_ stance: Claim.Stance, _ words: String) {
            for word in words.split(separator: " ") { table[String(word)] = stance }
        }
        add(.say, "said says say saying told tells tell telling added adds adding stated states noted notes explained explains wrote writes reported reports commented comments replied replies answered asked asks stressed stresses pointed observed remarked acknowledged acknowledges admitted admits conceded concedes")
        add(.claim, "claimed claims claim claiming argued argues arguing insisted insists insisting maintained maintains alleged alleges contended contends")
        add(.accuse, "accused accuses accusing blamed blames criticised criticized criticises condemned condemns")
        add(.deny, "denied denies denying rejected rejects dismissed dismisses disputed disputes")
        add(.announce, "announced announces announcing revealed reveals confirmed confirms declared declares unveiled unveils disclosed")
        add(.estimate, "estimated estimates estimating predicted predicts forecast forecasts projected calculated found finds showed shows shown suggested suggests indicated indicates anticipating expects")
        add(.warn, "warned warns warning cautioned urged urges")
        add(.believe, "believes believed believe thinks thought feels hopes fears")
        return table
    }()

    /// Cues that take a recipient before the content: `told reporters`,
    /// `warned MPs`. (For `accused Z of Y`, Z is part of what is claimed.)
    static let takesRecipient: Set<String> = ["told", "tells", "tell", "telling", "warned", "warns", "asked"]

    static func stance(_ lowercased: String) -> Claim.Stance? { stances[lowercased] }

    /// The stance of the word at `scalars[range]`, without building a string:
    /// every token of every article is looked up, so this path allocates nothing.
    static func stance(of scalars: ArraySlice<Unicode.Scalar>) -> Claim.Stance? {
        guard scalars.count >= 3, scalars.count <= 12 else { return nil }
        var hash: UInt64 = 0xcbf29ce484222325
        for scalar in scalars {
            var v = scalar.value
            guard v < 0x80 else { return nil }
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            hash = (hash ^ UInt64(v)) &* 0x100000001b3
        }
        return byHash.stance(hash)
    }

    private static let byHash = HashedCues(stances)
}

/// The cues by the FNV-1a hash of their lower-cased ASCII, in an
/// open-addressing table: the hash is already spread, so a multiply places
/// it, where a `Dictionary` would hash it again for every word of a text.
private struct HashedCues: Sendable {
    /// Each slot's hash, 0 for an empty one (a cue hashing to 0 is stored in `zero`).
    private let hashes: [UInt64]
    private let stances: [Claim.Stance?]
    private let zero: Claim.Stance?
    private let shift: UInt64

    init(_ cues: [String: Claim.Stance]) {
        var size = 16
        while size < cues.count * 4 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size), stances = [Claim.Stance?](repeating: nil, count: size)
        var zero: Claim.Stance?
        let shift = UInt64(64 - size.trailingZeroBitCount)
        for (word, stance) in cues {
            var hash: UInt64 = 0xcbf29ce484222325
            for scalar in word.unicodeScalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100000001b3 }
            guard hash != 0 else {
                zero = stance
                continue
            }
            var i = Self.slot(hash, shift)
            while hashes[i] != 0 && hashes[i] != hash { i = (i + 1) & (size - 1) }
            hashes[i] = hash
            stances[i] = stance
        }
        self.hashes = hashes
        self.stances = stances
        self.zero = zero
        self.shift = shift
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The stance of the cue whose hash is `hash`, nil when none has it.
    func stance(_ hash: UInt64) -> Claim.Stance? {
        guard hash != 0 else { return zero }
        let mask = hashes.count - 1
        var i = Self.slot(hash, shift)
        while true {
            let found = hashes[i]
            if found == hash { return stances[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
