package org.jkeras.it;

import java.util.Random;
import org.jkeras.ndarray.NDArray;

/**
 * Learnable data for the tests: Gaussian features, and labels given by a fixed random linear map of
 * the features (the class whose score is highest), so a linear model can fit them.
 */
final class TestData {

    final NDArray x;
    final NDArray oneHot;
    final int[] labels;

    private TestData(NDArray x, NDArray oneHot, int[] labels) {
        this.x = x;
        this.oneHot = oneHot;
        this.labels = labels;
    }

    static TestData generate(int samples, int features, int classes, long seed) {
        Random random = new Random(seed);
        float[] map = new float[features * classes];
        for (int i = 0; i < map.length; i++) {
            map[i] = (float) random.nextGaussian();
        }
        float[] x = new float[samples * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        float[] oneHot = new float[samples * classes];
        int[] labels = new int[samples];
        for (int s = 0; s < samples; s++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double score = 0;
                for (int f = 0; f < features; f++) {
                    score += x[s * features + f] * map[f * classes + c];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            labels[s] = best;
            oneHot[s * classes + best] = 1;
        }
        return new TestData(
                NDArray.of(x, samples, features), NDArray.of(oneHot, samples, classes), labels);
    }
}
