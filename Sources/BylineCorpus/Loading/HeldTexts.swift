import Synchronization

/// The text of every article of a small corpus, held in memory by article
/// id once opening has read it, so that list snippets and phrase checks
/// need no file to be read again. A corpus whose files total more than
/// ``budget`` is not held: its text stays on disk (see ``CorpusFiles``).
final class HeldTexts: Sendable {
    /// Bytes of files, at most, of a corpus whose text is held.
    static let budget = 16 << 20

    private let isHolding = Atomic<Bool>(false)
    private let texts = Mutex<[String: String]>([:])

    /// Starts holding texts when files of `bytes` in all fit the budget;
    /// drops whatever was held otherwise. Returns whether they are held.
    @discardableResult
    func hold(whenFilesTotal bytes: Int, budget: Int = HeldTexts.budget) -> Bool {
        let holds = bytes <= budget
        isHolding.store(holds, ordering: .releasing)
        if !holds { texts.withLock { $0 = [:] } }
        return holds
    }

    /// True when the texts of articles read are held.
    var isHoldingTexts: Bool { isHolding.load(ordering: .acquiring) }

    /// Holds `article`'s text, when texts are held.
    func keep(_ article: Article) {
        guard isHoldingTexts else { return }
        let id = article.id, text = article.text
        texts.withLock { $0[id] = text }
    }

    /// The text held for the article with `id`.
    func text(of id: String) -> String? {
        texts.withLock { $0[id] }
    }

    /// How many articles' texts are held.
    var count: Int { texts.withLock { $0.count } }
}
