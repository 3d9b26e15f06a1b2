import Dispatch

/// Delivers results in corpus order while the next batch is parsed: a batch
/// is parsed in the background as soon as it is submitted, and the one
/// before it is delivered (on the caller's thread) in the meantime.
struct OrderedDelivery<Item: Sendable> {
    var summary: LoadSummary
    /// Batches in flight, and whether each inner list is one file's events
    /// (counted in `summary.files` when it gave an article).
    private var pending: [(job: BatchJob<[[LoadEvent<Item>]]>, listsAreFiles: Bool)] = []
    /// Batches parsed ahead of the one being delivered.
    static var lookAhead: Int { 1 }

    init(summary: LoadSummary) {
        self.summary = summary
    }

    mutating func submit(
        listsAreFiles: Bool = true, emit: (LoadEvent<Item>) -> Void, work: @escaping @Sendable () -> [[LoadEvent<Item>]]
    ) {
        pending.append((BatchJob(work), listsAreFiles))
        while pending.count > Self.lookAhead { deliverFirst(emit: emit) }
    }

    /// Delivers everything submitted so far.
    mutating func drain(emit: (LoadEvent<Item>) -> Void) {
        while !pending.isEmpty { deliverFirst(emit: emit) }
    }

    private mutating func deliverFirst(emit: (LoadEvent<Item>) -> Void) {
        let (job, listsAreFiles) = pending.removeFirst()
        for events in job.wait() { deliver(events, fromOneFile: listsAreFiles, emit: emit) }
    }

    mutating func deliver(_ events: [LoadEvent<Item>], fromOneFile: Bool, emit: (LoadEvent<Item>) -> Void) {
        var gaveArticle = false
        for event in events {
            switch event {
            case .article: summary.articles += 1; gaveArticle = true
            case .problem(let problem):
                if case .file = problem.scope { summary.skippedFiles += 1 } else { summary.skippedRecords += 1 }
            }
            emit(event)
        }
        if fromOneFile && gaveArticle { summary.files += 1 }
    }
}

/// Work running on a background queue, and its result once done.
final class BatchJob<Result>: @unchecked Sendable {
    private var result: Result?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    func wait() -> Result {
        done.wait()
        return result!
    }
}
