@testable import BylineCorpus

/// Reads `text` as the content of a file at `path`, cleaned the way the
/// loader cleans a file, and returns the load events.
func loadEvents(_ text: String, format: FileFormat, path: String = "article") -> [LoadEvent<Article>] {
    let cleaned = TextCleaner.document(Array(text.utf8))
    return ArticleFileReader.articles(in: cleaned, format: format, path: path)
}

/// The articles read from `text` (problems dropped).
func articles(_ text: String, format: FileFormat, path: String = "article") -> [Article] {
    loadEvents(text, format: format, path: path).compactMap {
        if case .article(let article) = $0 { return article }
        return nil
    }
}

/// The problems reported while reading `text`.
func problems(_ text: String, format: FileFormat, path: String = "article") -> [LoadProblem] {
    loadEvents(text, format: format, path: path).compactMap {
        if case .problem(let problem) = $0 { return problem }
        return nil
    }
}

/// The paragraphs of an article as plain strings.
func paragraphs(_ article: Article) -> [String] {
    article.paragraphs.map(String.init)
}

/// The Unicode scalars of `text`, for comparisons that must not treat
/// canonically equivalent strings as equal.
func scalars(_ text: String) -> [Unicode.Scalar] {
    Array(text.unicodeScalars)
}
