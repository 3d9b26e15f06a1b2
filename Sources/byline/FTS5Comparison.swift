import Foundation

/// SQLite FTS5 over the same corpus, built and queried by python3's sqlite3
/// module in the same run, for `byline bench search`: the index search
/// engines are usually measured against. Each keystroke does what Byline's
/// does: counts the matches, ranks the best `limit` by bm25, and makes
/// snippets for the first `snippets`. The FTS5 table has prefix indexes for
/// 1 to 3 characters (its fastest set-up for typing) and holds title and body
/// (first line, then the rest, of each file). FTS5 has no entity fields, so
/// `person:blair` is asked as the word `blair`.
struct FTS5Comparison {
    let corpus: String
    let scratch: String
    let steps: [String]
    let limit: Int
    let snippets: Int

    /// What FTS5 was: its version, build time and database size.
    struct Built {
        var header: String
    }

    /// One typing of the steps: each step's time in milliseconds and match count.
    struct Typing {
        var milliseconds: [Double]
        var totals: [Int]
    }

    private var process: Process?
    private var input: FileHandle?
    private var output: FileHandle?
    private var pending = Data()

    init(corpus: String, scratch: String, steps: [String], limit: Int, snippets: Int) {
        self.corpus = corpus
        self.scratch = scratch
        self.steps = steps
        self.limit = limit
        self.snippets = snippets
    }

    /// Starts python3, which builds the FTS5 database over the corpus and
    /// then waits to be asked for typings; nil (with a line printed) when
    /// it cannot.
    mutating func start() -> Built? {
        let script = scratch + "/fts5.py"
        guard (try? Self.script.write(toFile: script, atomically: true, encoding: .utf8)) != nil else { return nil }
        let stepsJSON = String(decoding: (try? JSONSerialization.data(withJSONObject: steps)) ?? Data("[]".utf8), as: UTF8.self)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, corpus, scratch + "/fts5.db", String(limit), String(snippets), stepsJSON]
        let toPython = Pipe(), fromPython = Pipe()
        process.standardInput = toPython
        process.standardOutput = fromPython
        do {
            try process.run()
        } catch {
            print("fts5        not measured: cannot run python3 (\(error.localizedDescription))")
            return nil
        }
        self.process = process
        input = toPython.fileHandleForWriting
        output = fromPython.fileHandleForReading
        guard let json = readObject() as? [String: Any] else {
            print("fts5        not measured: python3 with sqlite3 and FTS5 failed")
            finish()
            return nil
        }
        let version = json["sqlite"] as? String ?? "?"
        let build = json["build_seconds"] as? Double ?? 0
        let size = json["size"] as? Double ?? 0
        return Built(header: String(format: "fts5        SQLite %@, prefix='1 2 3': built in %.1f s, %.1f MB; count, top %d by bm25, snippet() for the first %d",
                                    version as NSString, build, size / 1e6, limit, snippets))
    }

    /// Has FTS5 type the steps once; nil when python3 stopped answering.
    /// Returns once python3 waits for the next request, so that it is not
    /// still winding down (on the same core) while Byline's next typing is timed.
    mutating func type() -> Typing? {
        guard let input, (try? input.write(contentsOf: Data("type\n".utf8))) != nil,
              let rows = readObject() as? [[Double]], rows.count == steps.count else { return nil }
        if let process { Self.waitUntilAsleep(process.processIdentifier) }
        return Typing(milliseconds: rows.map { $0.first ?? 0 }, totals: rows.map { Int($0.last ?? 0) })
    }

    /// Waits (at most 50 ms) until the process is asleep — state `S` in
    /// /proc/PID/stat, as python3 is once blocked reading its next request.
    static func waitUntilAsleep(_ pid: Int32) {
        let deadline = ContinuousClock.now + .milliseconds(50)
        while ContinuousClock.now < deadline {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return }
            let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
            if state != "R" { return }
            usleep(100)
        }
    }

    /// python3's process id while it runs.
    var processIdentifier: Int32? { process?.processIdentifier }

    /// Ends python3, which removes its database.
    mutating func finish() {
        try? input?.close()
        input = nil
        process?.waitUntilExit()
        process = nil
    }

    /// The next line python3 prints, parsed as JSON.
    private mutating func readObject() -> Any? {
        guard let output else { return nil }
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending = Data(pending[(newline + 1)...])
                return try? JSONSerialization.jsonObject(with: Data(line))
            }
            let more = output.availableData
            if more.isEmpty { return nil }
            pending.append(more)
        }
    }

    static let script = #"""
import json, os, re, sqlite3, sys, time

corpus, db, limit, snippets, steps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), json.loads(sys.argv[5])
if os.path.exists(db):
    os.remove(db)
start = time.time()
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode=OFF")
con.execute("PRAGMA synchronous=OFF")
con.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, path UNINDEXED, prefix='1 2 3')")
batch = []
def flush():
    con.executemany("INSERT INTO docs(title, body, path) VALUES (?, ?, ?)", batch)
    batch.clear()
for root, dirs, files in os.walk(corpus):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for name in sorted(files):
        if name.startswith(".") or not name.endswith((".txt", ".md", ".html", ".htm")):
            continue
        path = os.path.join(root, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        title, _, body = text.partition("\n")
        batch.append((title, body, path))
        if len(batch) >= 1000:
            flush()
flush()
con.execute("INSERT INTO docs(docs) VALUES('optimize')")
con.commit()
build = time.time() - start

def match(step):
    words = re.findall(r"\w+", re.sub(r"\b(person|org|place|group|speaker|source|date):", " ", step))
    terms = ['"%s"' % w for w in words]
    if terms and not step.endswith(" "):
        terms[-1] += "*"
    return " ".join(terms)

def run(q):
    total = con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (q,)).fetchone()[0]
    ranked = [r[0] for r in con.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?", (q, limit))]
    first = ranked[:snippets]
    if first:
        marks = ",".join("?" * len(first))
        con.execute("SELECT rowid, snippet(docs, 1, '[', ']', '…', 12) FROM docs WHERE docs MATCH ? AND rowid IN (%s)" % marks, (q, *first)).fetchall()
    return total

queries = [match(step) for step in steps]
print(json.dumps({"sqlite": sqlite3.sqlite_version, "build_seconds": build, "size": os.path.getsize(db)}), flush=True)
# Each "type" line: the steps typed once, each timed.
try:
    for line in sys.stdin:
        if line.strip() != "type":
            break
        rows = []
        for q in queries:
            t = time.perf_counter()
            total = run(q)
            rows.append([(time.perf_counter() - t) * 1000, total])
        print(json.dumps(rows), flush=True)
finally:
    con.close()
    os.remove(db)
"""#
}
