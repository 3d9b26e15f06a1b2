extension ArticleEntry {
    func write(to writer: inout BinaryWriter) {
        writer.string(path)
        writer.signed(record ?? -1)
        writer.string(title)
        writer.optionalString(source)
        writer.optionalString(author)
        writer.unsigned(date.map { UInt64($0.year * 10000 + $0.month * 100 + $0.day) } ?? 0)
        writer.optionalString(url)
        writer.unsigned(verbatim.map { UInt64($0.fileSize) + 1 } ?? 0)
        if let verbatim {
            writer.unsigned(UInt64(verbatim.start))
            writer.unsigned(UInt64(verbatim.end))
        }
    }

    init(reading reader: inout BinaryReader) throws(StoreError) {
        let path = try reader.string()
        let record = try reader.signed()
        let title = try reader.string()
        let source = try reader.optionalString(), author = try reader.optionalString()
        let day = try reader.unsigned()
        let url = try reader.optionalString()
        var verbatim: VerbatimText?
        let fileSize = try reader.unsigned()
        if fileSize > 0 {
            let start = try reader.unsigned(), end = try reader.unsigned()
            guard start <= end, end < fileSize, fileSize <= UInt64(UInt32.max) else { throw .damaged("bad text place") }
            verbatim = VerbatimText(start: UInt32(start), end: UInt32(end), fileSize: UInt32(fileSize - 1))
        }
        var date: NewsDate?
        if day != 0 {
            guard let parsed = NewsDate(year: Int(day / 10000), month: Int(day / 100 % 100), day: Int(day % 100)) else {
                throw .damaged("bad date")
            }
            date = parsed
        }
        self.init(path: path, record: record < 0 ? nil : record, title: title, source: source, author: author,
                  date: date, url: url, verbatim: verbatim)
    }
}
