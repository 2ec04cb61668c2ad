package org.jkeras.it;

/**
 * Keras 2.2.4's optimizer update rules (keras/optimizers.py) written out independently in float64,
 * element by element, over all parameters flattened into one array. Each rule keeps its own state;
 * {@code t} is the 1-based step, so Keras's {@code iterations} before the step is {@code t - 1}.
 */
final class KerasOptimizerRules {

    private KerasOptimizerRules() {}

    /** One optimizer: updates {@code p} in place from the gradients {@code g} of step {@code t}. */
    interface Rule {
        void step(double[] p, double[] g, int t);
    }

    /** Keras's {@code lr * (1 / (1 + decay * iterations))}. */
    private static double decayed(double lr, double decay, int t) {
        return lr * (1 / (1 + decay * (t - 1)));
    }

    /** Clipping as Keras's get_gradients: the global norm first, then each value. */
    static Rule clipped(Rule rule, double clipnorm, double clipvalue) {
        return (p, g, t) -> {
            double[] c = g.clone();
            if (clipnorm > 0) {
                double sum = 0;
                for (double v : c) {
                    sum += v * v;
                }
                double norm = Math.sqrt(sum);
                if (norm >= clipnorm) {
                    for (int i = 0; i < c.length; i++) {
                        c[i] = c[i] * (clipnorm / norm);
                    }
                }
            }
            if (clipvalue > 0) {
                for (int i = 0; i < c.length; i++) {
                    c[i] = Math.max(-clipvalue, Math.min(clipvalue, c[i]));
                }
            }
            rule.step(p, c, t);
        };
    }

    static Rule sgd(double lr, double momentum, boolean nesterov, double decay) {
        return new Rule() {
            double[] moments;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (moments == null) {
                    moments = new double[p.length];
                }
                double rate = decayed(lr, decay, t);
                for (int i = 0; i < p.length; i++) {
                    double v = momentum * moments[i] - rate * g[i];
                    moments[i] = v;
                    p[i] = nesterov ? p[i] + momentum * v - rate * g[i] : p[i] + v;
                }
            }
        };
    }

    static Rule rmsprop(double lr, double rho, double epsilon, double decay) {
        return new Rule() {
            double[] a;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (a == null) {
                    a = new double[p.length];
                }
                double rate = decayed(lr, decay, t);
                for (int i = 0; i < p.length; i++) {
                    a[i] = rho * a[i] + (1 - rho) * g[i] * g[i];
                    p[i] -= rate * g[i] / (Math.sqrt(a[i]) + epsilon);
                }
            }
        };
    }

    static Rule adagrad(double lr, double epsilon, double decay) {
        return new Rule() {
            double[] a;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (a == null) {
                    a = new double[p.length];
                }
                double rate = decayed(lr, decay, t);
                for (int i = 0; i < p.length; i++) {
                    a[i] += g[i] * g[i];
                    p[i] -= rate * g[i] / (Math.sqrt(a[i]) + epsilon);
                }
            }
        };
    }

    static Rule adadelta(double lr, double rho, double epsilon, double decay) {
        return new Rule() {
            double[] a;
            double[] d;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (a == null) {
                    a = new double[p.length];
                    d = new double[p.length];
                }
                double rate = decayed(lr, decay, t);
                for (int i = 0; i < p.length; i++) {
                    a[i] = rho * a[i] + (1 - rho) * g[i] * g[i];
                    double update = g[i] * Math.sqrt(d[i] + epsilon) / Math.sqrt(a[i] + epsilon);
                    p[i] -= rate * update;
                    d[i] = rho * d[i] + (1 - rho) * update * update;
                }
            }
        };
    }

    static Rule adam(
            double lr, double beta1, double beta2, double epsilon, double decay, boolean amsgrad) {
        return new Rule() {
            double[] m;
            double[] v;
            double[] vHat;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (m == null) {
                    m = new double[p.length];
                    v = new double[p.length];
                    vHat = new double[p.length];
                }
                double rate = decayed(lr, decay, t);
                double lrT = rate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
                for (int i = 0; i < p.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    vHat[i] = Math.max(vHat[i], v[i]);
                    double second = amsgrad ? vHat[i] : v[i];
                    p[i] -= lrT * m[i] / (Math.sqrt(second) + epsilon);
                }
            }
        };
    }

    static Rule adamax(double lr, double beta1, double beta2, double epsilon, double decay) {
        return new Rule() {
            double[] m;
            double[] u;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (m == null) {
                    m = new double[p.length];
                    u = new double[p.length];
                }
                double lrT = decayed(lr, decay, t) / (1 - Math.pow(beta1, t));
                for (int i = 0; i < p.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
                    p[i] -= lrT * m[i] / (u[i] + epsilon);
                }
            }
        };
    }

    static Rule nadam(double lr, double beta1, double beta2, double epsilon, double scheduleDecay) {
        return new Rule() {
            double[] m;
            double[] v;
            double mSchedule = 1;

            @Override
            public void step(double[] p, double[] g, int t) {
                if (m == null) {
                    m = new double[p.length];
                    v = new double[p.length];
                }
                double cacheT = beta1 * (1 - 0.5 * Math.pow(0.96, t * scheduleDecay));
                double cacheT1 = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * scheduleDecay));
                double scheduleNew = mSchedule * cacheT;
                double scheduleNext = mSchedule * cacheT * cacheT1;
                mSchedule = scheduleNew;
                for (int i = 0; i < p.length; i++) {
                    double gPrime = g[i] / (1 - scheduleNew);
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    double mPrime = m[i] / (1 - scheduleNext);
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    double vPrime = v[i] / (1 - Math.pow(beta2, t));
                    double mBar = (1 - cacheT) * gPrime + cacheT1 * mPrime;
                    p[i] -= lr * mBar / (Math.sqrt(vPrime) + epsilon);
                }
            }
        };
    }
}
