extension CapitalisationEvidence {
    func write(to writer: inout BinaryWriter) {
        var words: [(key: UInt64, lowerCase: Int32, capitalised: Int32)] = []
        words.reserveCapacity(counts.count)
        counts.forEach { words.append(($0, $1, $2)) }
        words.sort { $0.key < $1.key }
        writer.count(words.count)
        for word in words {
            writer.fixed(word.key)
            writer.unsigned(UInt64(max(0, word.lowerCase)))
            writer.unsigned(UInt64(max(0, word.capitalised)))
        }
    }

    init(reading reader: inout BinaryReader) throws(StoreError) {
        let count = try reader.count(minimumBytes: 10)
        var counts = WordCaseCounts(capacity: count)
        for _ in 0..<count {
            let word = try reader.fixed()
            let lower = try reader.unsigned(), capitalised = try reader.unsigned()
            guard lower <= UInt64(Int32.max), capitalised <= UInt64(Int32.max) else { throw .damaged("evidence count") }
            counts.add(word, lowerCase: Int32(lower), capitalised: Int32(capitalised))
        }
        self.init(counts: counts)
    }
}
