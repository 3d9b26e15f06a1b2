import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// The real corpora the project is measured on.
@Suite(.enabled(if: SharedMaterial.available, "../shared/corpora is absent: skipping the real-corpus tests"))
struct SharedCorporaTests {
    @Test func bbcGivesEveryArticleWithItsHeadline() throws {
        let corpus = try Corpus.load(path: SharedMaterial.corpora + "/bbc")
        #expect(corpus.summary.description == "2095 articles from 2095 files, 0 skipped")
        #expect(corpus.problems.isEmpty)
        #expect(corpus.summary.ignoredFiles == ["LICENSE"])
        for article in corpus.articles {
            let raw = try String(contentsOfFile: SharedMaterial.corpora + "/bbc/" + article.path, encoding: .utf8)
            let firstLine = String(raw.prefix { $0 != "\n" })
            #expect(article.title == firstLine, "\(article.path)")
            #expect(article.id == article.path)
            #expect(article.paragraphs.count >= 1)
        }
    }

    @Test func seedKeepsItsTenNewsParagraphsAndLosesTheBoilerplate() throws {
        let corpus = try Corpus.load(path: SharedMaterial.corpora + "/seed")
        let article = try #require(corpus.articles.first)
        #expect(corpus.articles.count == 1)
        #expect(article.title == "MAJOR: Hundreds of US Troops Return from Iraq to Syria")
        let paragraphs = article.paragraphs
        #expect(paragraphs.count == 10)
        #expect(paragraphs.first?.hasPrefix("BAGHDAD/DAMASCUS – American forces are returning") == true)
        #expect(paragraphs.last?.hasSuffix("the right to take all the needed measures to confront it.") == true)
        for furniture in ["2,056", "Advertisement", "newsletter", "Sign up", "subscribe now"] {
            #expect(!article.text.contains(furniture), "\(furniture) is page furniture")
        }
        // Every paragraph of the file that is reporting comes out unchanged.
        let raw = try String(contentsOfFile: SharedMaterial.corpora + "/seed/" + article.path, encoding: .utf8)
        let rawParagraphs = raw.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for paragraph in paragraphs {
            #expect(rawParagraphs.contains(String(paragraph)))
        }
    }
}
