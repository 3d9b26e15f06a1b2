extension AppState {
    /// Whether the list holds articles still to be checked for a phrase of
    /// the filter (every re-filtering sets the count, an empty filter to 0):
    /// the shell then calls ``continuePhraseChecks()`` whenever no key is waiting.
    public var isCheckingPhrases: Bool { list.unverified > 0 }

    /// Checks more of the listed articles for the filter's phrases (for at
    /// most ``phraseCheckBudget``, best ranked first) and drops those that do
    /// not hold them, keeping the selection and the scroll position as any
    /// re-filtering does. Typing stays ahead: a key waiting is handled
    /// before the next call.
    public mutating func continuePhraseChecks() -> [Effect] {
        guard isCheckingPhrases else { return [] }
        refreshList()
        return takeQueuedEffects()
    }
}
