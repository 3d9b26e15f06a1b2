/// What loading produces, in corpus order: an article (or whatever the
/// caller turned it into) or a problem with part of the corpus.
public enum LoadEvent<Item: Sendable>: Sendable {
    case article(Item)
    case problem(LoadProblem)
}
