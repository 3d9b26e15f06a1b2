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
    let repetitions: Int
    let limit: Int
    let snippets: Int

    struct Step {
        var median: Double
        var p99: Double
        var total: Int
    }

    struct Results {
        var header: String
        var steps: [String: Step]
    }

    func run() -> Results? {
        let script = scratch + "/fts5.py"
        let output = scratch + "/fts5.json"
        guard (try? Self.script.write(toFile: script, atomically: true, encoding: .utf8)) != nil else { return nil }
        let stepsJSON = String(decoding: (try? JSONSerialization.data(withJSONObject: steps)) ?? Data("[]".utf8), as: UTF8.self)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, corpus, scratch + "/fts5.db", String(repetitions), String(limit), String(snippets), stepsJSON, output]
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            print("fts5        not measured: cannot run python3 (\(error.localizedDescription))")
            return nil
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let measured = json["steps"] as? [String: [String: Any]] else {
            print("fts5        not measured: python3 with sqlite3 and FTS5 failed (status \(process.terminationStatus))")
            return nil
        }
        var results: [String: Step] = [:]
        for (step, values) in measured {
            let samples = (values["samples"] as? [Double]) ?? []
            results[step] = Step(median: LaunchTiming.percentile(samples, 0.5), p99: LaunchTiming.percentile(samples, 0.99),
                                 total: values["total"] as? Int ?? 0)
        }
        let version = json["sqlite"] as? String ?? "?"
        let build = json["build_seconds"] as? Double ?? 0
        let size = json["size"] as? Double ?? 0
        let header = String(format: "fts5        SQLite %@, prefix='1 2 3': built in %.1f s, %.1f MB; count, top %d by bm25, snippet() for the first %d; %d runs a step",
                            version as NSString, build, size / 1e6, limit, snippets, repetitions)
        return Results(header: header, steps: results)
    }

    static let script = #"""
import json, os, re, sqlite3, sys, time

corpus, db, reps, limit, snippets, steps, output = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), json.loads(sys.argv[6]), sys.argv[7]
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
    words = re.findall(r"\w+", step.replace("person:", " "))
    terms = ['"%s"' % w for w in words]
    if terms and not step.endswith(" "):
        terms[-1] += "*"
    return " ".join(terms)

results = {}
for step in steps:
    q = match(step)
    samples = []
    total = 0
    for _ in range(reps):
        t = time.perf_counter()
        total = con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (q,)).fetchone()[0]
        ranked = [r[0] for r in con.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?", (q, limit))]
        first = ranked[:snippets]
        if first:
            marks = ",".join("?" * len(first))
            con.execute("SELECT rowid, snippet(docs, 1, '[', ']', '…', 12) FROM docs WHERE docs MATCH ? AND rowid IN (%s)" % marks, (q, *first)).fetchall()
        samples.append((time.perf_counter() - t) * 1000)
    results[step] = {"samples": samples, "total": total}
with open(output, "w") as f:
    json.dump({"sqlite": sqlite3.sqlite_version, "build_seconds": build, "size": os.path.getsize(db), "steps": results}, f)
os.remove(db)
"""#
}
