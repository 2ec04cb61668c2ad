package org.jkeras.it;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keras 2.2.4's losses (keras/losses.py over its TensorFlow backend) written out independently in
 * float64, one row of the last axis at a time. Clipping uses the float32 bounds TensorFlow uses:
 * {@code K.epsilon()} and {@code 1 - K.epsilon()} rounded to float32.
 */
final class KerasLossFormulas {

    /** The loss of one row: {@code y_true} and {@code y_pred} along the last axis. */
    interface Row {
        double of(double[] t, double[] p);
    }

    static final double EPS = (float) 1e-7;
    static final double ONE_MINUS_EPS = (float) (1 - 1e-7);

    static final Map<String, Row> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("mean_squared_error", (t, p) -> mean(t, p, (a, b) -> (b - a) * (b - a)));
        BY_NAME.put("mean_absolute_error", (t, p) -> mean(t, p, (a, b) -> Math.abs(b - a)));
        BY_NAME.put(
                "mean_absolute_percentage_error",
                (t, p) ->
                        100 * mean(t, p, (a, b) -> Math.abs((a - b) / Math.max(Math.abs(a), EPS))));
        BY_NAME.put(
                "mean_squared_logarithmic_error",
                (t, p) ->
                        mean(
                                t,
                                p,
                                (a, b) -> {
                                    double d =
                                            Math.log(Math.max(b, EPS) + 1)
                                                    - Math.log(Math.max(a, EPS) + 1);
                                    return d * d;
                                }));
        BY_NAME.put(
                "squared_hinge",
                (t, p) ->
                        mean(
                                t,
                                p,
                                (a, b) -> {
                                    double m = Math.max(1 - a * b, 0);
                                    return m * m;
                                }));
        BY_NAME.put("hinge", (t, p) -> mean(t, p, (a, b) -> Math.max(1 - a * b, 0)));
        BY_NAME.put("categorical_hinge", KerasLossFormulas::categoricalHinge);
        BY_NAME.put("logcosh", (t, p) -> mean(t, p, (a, b) -> Math.log(Math.cosh(b - a))));
        BY_NAME.put("categorical_crossentropy", KerasLossFormulas::categoricalCrossentropy);
        BY_NAME.put(
                "binary_crossentropy",
                (t, p) ->
                        mean(
                                t,
                                p,
                                (a, b) -> {
                                    double q = clip(b);
                                    return -(a * Math.log(q) + (1 - a) * Math.log(1 - q));
                                }));
        BY_NAME.put("kullback_leibler_divergence", KerasLossFormulas::kullbackLeibler);
        BY_NAME.put("poisson", (t, p) -> mean(t, p, (a, b) -> b - a * Math.log(b + EPS)));
        BY_NAME.put("cosine_proximity", KerasLossFormulas::cosineProximity);
    }

    private KerasLossFormulas() {}

    private interface Element {
        double of(double t, double p);
    }

    private static double mean(double[] t, double[] p, Element f) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += f.of(t[i], p[i]);
        }
        return sum / t.length;
    }

    static double clip(double p) {
        return Math.min(Math.max(p, EPS), ONE_MINUS_EPS);
    }

    private static double categoricalHinge(double[] t, double[] p) {
        double pos = 0;
        double neg = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            pos += t[i] * p[i];
            neg = Math.max(neg, (1 - t[i]) * p[i]);
        }
        return Math.max(0, neg - pos + 1);
    }

    private static double categoricalCrossentropy(double[] t, double[] p) {
        double total = 0;
        for (double v : p) {
            total += v;
        }
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += t[i] * Math.log(clip(p[i] / total));
        }
        return -sum;
    }

    private static double kullbackLeibler(double[] t, double[] p) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double a = Math.min(Math.max(t[i], EPS), 1);
            double b = Math.min(Math.max(p[i], EPS), 1);
            sum += a * Math.log(a / b);
        }
        return sum;
    }

    private static double cosineProximity(double[] t, double[] p) {
        double[] a = l2Normalize(t);
        double[] b = l2Normalize(p);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return -sum;
    }

    /** TensorFlow's {@code l2_normalize}: {@code x / sqrt(max(sum(x^2), 1e-12))}. */
    private static double[] l2Normalize(double[] x) {
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        double norm = Math.sqrt(Math.max(squares, 1e-12));
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / norm;
        }
        return out;
    }

    /**
     * Sparse categorical cross-entropy of one row: TensorFlow takes the log of the clipped
     * predictions as logits, so the softmax renormalizes the clipped values.
     */
    static double sparseCategoricalCrossentropy(int label, double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += clip(v);
        }
        return -Math.log(clip(p[label]) / sum);
    }
}
