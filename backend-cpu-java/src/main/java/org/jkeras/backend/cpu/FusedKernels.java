package org.jkeras.backend.cpu;

/**
 * Direct loops for the fused ops. Each reproduces the float32 arithmetic of the SPI's composed
 * default step by step (same roundings, sums accumulated in double as {@code reduce} does), so the
 * results agree with the default, but without a temporary tensor per step.
 */
final class FusedKernels {

    private FusedKernels() {}

    /** Adds {@code bias} to every row of the {@code rows x columns} matrix {@code out}. */
    static void addBias(float[] out, float[] bias, int rows, int columns) {
        Parallel.forRange(
                rows,
                columns,
                (from, to) -> {
                    for (int r = from; r < to; r++) {
                        int base = r * columns;
                        for (int j = 0; j < columns; j++) {
                            out[base + j] += bias[j];
                        }
                    }
                });
    }

    /**
     * Writes the softmax, or the log-softmax, of every line along the middle axis of {@code x}
     * viewed as {@code [outer, n, inner]}.
     */
    static void softmax(float[] x, float[] out, int outer, int n, int inner, boolean log) {
        Parallel.forRange(
                outer * inner,
                4L * n,
                (from, to) -> {
                    for (int line = from; line < to; line++) {
                        int o = line / inner;
                        int start = o * n * inner + line % inner;
                        softmaxLine(x, out, start, n, inner, log);
                    }
                });
    }

    private static void softmaxLine(
            float[] x, float[] out, int start, int n, int stride, boolean log) {
        int end = start + n * stride;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = start; i < end; i += stride) {
            max = Math.max(max, x[i]);
        }
        double sum = 0;
        for (int i = start; i < end; i += stride) {
            float exp = (float) Math.exp(x[i] - max);
            sum += exp;
            if (!log) {
                out[i] = exp;
            }
        }
        float total = (float) sum;
        if (log) {
            float logTotal = (float) Math.log(total);
            for (int i = start; i < end; i += stride) {
                out[i] = (x[i] - max) - logTotal;
            }
        } else {
            for (int i = start; i < end; i += stride) {
                out[i] = out[i] / total;
            }
        }
    }

    /**
     * Writes {@code -sum(labels * logSoftmax(logits))} of each of {@code rows} contiguous rows of
     * {@code n} elements.
     */
    static void softmaxCrossEntropy(float[] logits, float[] labels, float[] out, int rows, int n) {
        Parallel.forRange(
                rows,
                4L * n,
                (from, to) -> {
                    for (int r = from; r < to; r++) {
                        out[r] = crossEntropyRow(logits, labels, r * n, n);
                    }
                });
    }

    private static float crossEntropyRow(float[] logits, float[] labels, int start, int n) {
        int end = start + n;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = start; i < end; i++) {
            max = Math.max(max, logits[i]);
        }
        double sum = 0;
        for (int i = start; i < end; i++) {
            sum += (float) Math.exp(logits[i] - max);
        }
        float logTotal = (float) Math.log((float) sum);
        double loss = 0;
        for (int i = start; i < end; i++) {
            loss += labels[i] * ((logits[i] - max) - logTotal);
        }
        return -(float) loss;
    }

    /** Keras 2.2 SGD, in place; {@code velocity} may be null when there is no momentum. */
    static void sgd(
            float[] param,
            float[] grad,
            float[] velocity,
            float lr,
            float momentum,
            boolean nesterov) {
        Parallel.forRange(
                param.length,
                4,
                (from, to) -> {
                    for (int i = from; i < to; i++) {
                        float step = grad[i] * lr;
                        if (velocity == null) {
                            param[i] = param[i] - step;
                            continue;
                        }
                        float v = velocity[i] * momentum - step;
                        velocity[i] = v;
                        param[i] = nesterov ? param[i] + (v * momentum - step) : param[i] + v;
                    }
                });
    }

    /** Keras 2.2 RMSprop, in place. */
    static void rmsprop(
            float[] param,
            float[] grad,
            float[] accumulator,
            float lr,
            float rho,
            float oneMinusRho,
            float epsilon) {
        Parallel.forRange(
                param.length,
                8,
                (from, to) -> {
                    for (int i = from; i < to; i++) {
                        float g = grad[i];
                        float a = accumulator[i] * rho + (g * g) * oneMinusRho;
                        accumulator[i] = a;
                        float denominator = (float) Math.sqrt(a) + epsilon;
                        param[i] = param[i] - (g * lr) / denominator;
                    }
                });
    }

    /** The rates of one Adam step, rounded to float32 as the default's scalars are. */
    record AdamRates(
            float lrT,
            float beta1,
            float oneMinusBeta1,
            float beta2,
            float oneMinusBeta2,
            float epsilon) {}

    /** Keras 2.2 Adam, in place; {@code vHat} is null unless AMSGrad is on. */
    static void adam(
            float[] param, float[] grad, float[] m, float[] v, float[] vHat, AdamRates rates) {
        float lrT = rates.lrT();
        float beta1 = rates.beta1();
        float oneMinusBeta1 = rates.oneMinusBeta1();
        float beta2 = rates.beta2();
        float oneMinusBeta2 = rates.oneMinusBeta2();
        float epsilon = rates.epsilon();
        Parallel.forRange(
                param.length,
                12,
                (from, to) -> {
                    for (int i = from; i < to; i++) {
                        float g = grad[i];
                        float newM = m[i] * beta1 + g * oneMinusBeta1;
                        float newV = v[i] * beta2 + (g * g) * oneMinusBeta2;
                        m[i] = newM;
                        v[i] = newV;
                        float second = newV;
                        if (vHat != null) {
                            second = Math.max(vHat[i], newV);
                            vHat[i] = second;
                        }
                        float denominator = (float) Math.sqrt(second) + epsilon;
                        param[i] = param[i] - (newM * lrT) / denominator;
                    }
                });
    }
}
