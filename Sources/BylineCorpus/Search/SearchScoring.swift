import Foundation

/// BM25 as the index ranks with it, the title counting more.
///
/// A term's weight in a document is its frequency in the body plus
/// `titleBoost` times its frequency in the title (a BM25F with one shared
/// length normalisation); a document's length is its body words plus
/// `titleBoost` times its title words. A term of a field (`person:`…) has
/// the number of mentions as its weight.
enum SearchScoring {
    static let k1: Float = 1.2
    static let b: Float = 0.75
    static let titleBoost: UInt32 = 3

    /// Inverse document frequency times `k1 + 1`: a term's score factor.
    static func factor(documentFrequency: Int, documentCount: Int) -> Float {
        let n = Double(documentCount), df = Double(max(documentFrequency, 1))
        return Float(log(1 + (n - df + 0.5) / (df + 0.5))) * (k1 + 1)
    }

    /// The length normalisation of a document of weighted length `length`:
    /// weight `w` scores `factor * w / (w + norm)`.
    static func norm(length: UInt32, averageLength: Float) -> Float {
        k1 * (1 - b + b * Float(length) / max(averageLength, 1))
    }
}
