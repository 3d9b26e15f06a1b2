import BylineCorpus
import BylineTestSupport
import Foundation

/// A corpus folder made for one test.
typealias TemporaryCorpus = TemporaryFolder

/// Articles and problems of loading `path`, in corpus order.
func loadCorpus(_ path: String, maxFileSize: Int = 64 << 20, parallelism: Int? = nil) throws -> CorpusLoad {
    CorpusLoad(corpus: try Corpus.load(path: path, options: LoadOptions(maxFileSize: maxFileSize, parallelism: parallelism)))
}

struct CorpusLoad {
    let corpus: Corpus
    var ids: [String] { corpus.articles.map(\.id) }
    var problems: [String] { corpus.problems.map(\.description) }
}
