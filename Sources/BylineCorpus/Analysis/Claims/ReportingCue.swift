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
        var hash = FNV1a()
        for scalar in scalars {
            var v = scalar.value
            guard v < 0x80 else { return nil }
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            hash.add(UInt64(v))
        }
        return byHash.number(hash: hash.value, where: { _ in true }).map { byHashStances[Int($0)] }
    }

    /// The cues' stances, numbered by ``byHash``, which finds them by the FNV-1a
    /// hash of the cue's scalars (trusted alone, as a 64-bit hash of a few
    /// hundred words may be).
    private static let (byHash, byHashStances): (HashedNumbers, [Claim.Stance]) = {
        var table = HashedNumbers(), list: [Claim.Stance] = []
        for (word, stance) in stances {
            var hash = FNV1a()
            for scalar in word.unicodeScalars { hash.add(UInt64(scalar.value)) }
            guard table.number(hash: hash.value, where: { _ in true }) == nil else { continue }
            table.insert(UInt32(list.count), hash: hash.value)
            list.append(stance)
        }
        return (table, list)
    }()
}
