import DossierCore
import Testing

@Suite struct ClusterScoresTests {
  @Test func perfectClusteringScoresOne() {
    let scores = ClusterScores(predicted: [7, 7, 9], gold: ["a", "a", "b"])
    #expect(scores.bcubedPrecision == 1)
    #expect(scores.bcubedRecall == 1)
    #expect(scores.pairs == Score(matched: 1, predicted: 1, gold: 1))
    #expect(scores.predictedClusters == 2)
    #expect(scores.goldClusters == 2)
  }

  @Test func everythingInOneClusterHasFullRecall() {
    // Gold {0,1} {2,3}; predicted {0,1,2,3}: each item's cluster is half right.
    let scores = ClusterScores(predicted: [1, 1, 1, 1], gold: ["a", "a", "b", "b"])
    #expect(scores.bcubedPrecision == 0.5)
    #expect(scores.bcubedRecall == 1)
    #expect(scores.pairs == Score(matched: 2, predicted: 6, gold: 2))
  }

  @Test func singletonsHaveFullPrecision() {
    let scores = ClusterScores(predicted: [1, 2, 3], gold: ["a", "a", "a"])
    #expect(scores.bcubedPrecision == 1)
    #expect(abs(scores.bcubedRecall - 1.0 / 3.0) < 1e-12)
    #expect(abs(scores.bcubedF1 - 0.5) < 1e-12)
    #expect(scores.pairs == Score(matched: 0, predicted: 0, gold: 3))
  }

  @Test func mixedCaseMatchesHandComputation() {
    // Gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}.
    // Precision: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
    let scores = ClusterScores(predicted: [1, 1, 2, 2, 2], gold: ["a", "a", "a", "b", "b"])
    #expect(abs(scores.bcubedPrecision - 11.0 / 15.0) < 1e-12)
    #expect(abs(scores.bcubedRecall - 11.0 / 15.0) < 1e-12)
    #expect(scores.pairs == Score(matched: 2, predicted: 4, gold: 4))
  }

  @Test func tableNamesBothMeasures() {
    let text = ClusterScores(predicted: [1, 1], gold: ["a", "a"]).render()
    #expect(text.contains("b-cubed"))
    #expect(text.contains("pairwise"))
    #expect(text.contains("predicted clusters 1, gold clusters 1"))
  }
}
