import Testing
@testable import BylineCorpus

@Suite struct SearchTopNTests {
    /// The best `limit` of `hits` the plain way: all of them sorted.
    private func sortedBest(_ hits: [SearchHit], limit: Int) -> [Int] {
        Array(hits.indices.sorted { SearchTopN.better(hits[$0], hits[$1]) }.prefix(limit))
    }

    @Test func keepsTheBestInOrderWhateverTheLimitAndTies() {
        var seed: UInt64 = 11
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for _ in 0..<500 {
            let count = random(300)
            // Few distinct scores, so that many hits tie and the id (each
            // its own, in no order) decides.
            let hits = (0..<count).map { SearchHit(id: $0 * 7919 % 1009, score: Float(random(6))) }
            let limit = [0, 1, 2, 7, 100, 400][random(6)]
            #expect(SearchTopN.best(count, limit: limit) { hits[$0] } == sortedBest(hits, limit: limit))
        }
    }

    @Test func nothingToPickGivesNothing() {
        #expect(SearchTopN.best(0, limit: 10) { _ in SearchHit(id: 0, score: 1) }.isEmpty)
        #expect(SearchTopN.best(5, limit: 0) { SearchHit(id: $0, score: 1) }.isEmpty)
    }
}
