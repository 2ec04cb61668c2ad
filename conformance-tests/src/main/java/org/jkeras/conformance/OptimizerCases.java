package org.jkeras.conformance;

import java.util.SplittableRandom;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Cases for the optimizer updates: several steps of each against the formulas of the SPI's Javadoc
 * (Keras 2.2), computed in float64 from the same float32 state.
 */
final class OptimizerCases {

    private static final int STEPS = 3;
    private static final int[] SMALL = {2, 3};

    /** Enough elements for a fused kernel's vector loop, its tail and its threads. */
    private static final int[] LARGE = {37, 29};

    /**
     * An epsilon of the size of the root it is added to: a kernel that adds it under the square
     * root (as TensorFlow's ApplyRMSProp does) then misses Keras's result by several percent, where
     * Keras's default 1e-7 would hide the difference.
     */
    private static final double LARGE_EPS = 0.5;

    private OptimizerCases() {}

    static void addTo(CaseList list, Fixture fixture) {
        for (int[] shape : new int[][] {SMALL, LARGE}) {
            String suffix = shape == SMALL ? "" : "-large";
            addSgd(list, fixture, "sgdUpdate.plain" + suffix, shape, 0, false);
            addSgd(list, fixture, "sgdUpdate.momentum" + suffix, shape, 0.9, false);
            addSgd(list, fixture, "sgdUpdate.nesterov" + suffix, shape, 0.9, true);
            addRmsprop(list, fixture, "rmspropUpdate.three-steps" + suffix, shape, 1e-7);
            addRmsprop(list, fixture, "rmspropUpdate.large-epsilon" + suffix, shape, LARGE_EPS);
            addAdam(list, fixture, "adamUpdate.plain" + suffix, shape, false, 1e-7);
            addAdam(list, fixture, "adamUpdate.amsgrad" + suffix, shape, true, 1e-7);
            addAdam(list, fixture, "adamUpdate.large-epsilon" + suffix, shape, false, LARGE_EPS);
        }
    }

    /**
     * Returns gradients for each step. The last is tiny, so that Adam's second moment decays and
     * AMSGrad's running maximum differs from it.
     */
    private static Ref[] gradients(SplittableRandom random, int[] shape) {
        double[] scales = {2, 1, 0.01};
        Ref[] grads = new Ref[STEPS];
        for (int t = 0; t < STEPS; t++) {
            grads[t] = Ref.uniform(random, -scales[t], scales[t], shape);
        }
        return grads;
    }

    private static double[] add(double[] a, double[] b, double factor) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + factor * b[i];
        }
        return out;
    }

    private static void addSgd(
            CaseList list,
            Fixture fixture,
            String id,
            int[] shape,
            double momentum,
            boolean nesterov) {
        double lr = 0.1;
        boolean withVelocity = momentum != 0;
        list.add(
                id,
                "sgdUpdate",
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    Ref param = Ref.uniform(random, -1, 1, shape);
                    Ref[] grads = gradients(random, shape);
                    Backend backend = fixture.backend();
                    Tensor tp = fixture.floats(scope, param);
                    Tensor tv = withVelocity ? fixture.floats(scope, Ref.full(0, shape)) : null;
                    double[] p = param.data();
                    double[] v = new double[p.length];
                    for (int t = 0; t < STEPS; t++) {
                        double[] g = grads[t].data();
                        Tensor tg = fixture.floats(scope, grads[t]);
                        NDArray before = backend.toHost(tg);
                        backend.sgdUpdate(tp, tg, tv, lr, momentum, nesterov);
                        if (!withVelocity) {
                            p = add(p, g, -lr);
                        } else {
                            v = add(scaled(v, momentum), g, -lr);
                            p = nesterov ? add(add(p, v, momentum), g, -lr) : add(p, v, 1);
                            fixture.assertClose(tv, Ref.of(v, shape), Tolerance.ACCUMULATED);
                        }
                        fixture.assertClose(tp, Ref.of(p, shape), Tolerance.ACCUMULATED);
                        fixture.assertUnchanged(tg, before, "grad");
                        p = fixture.read(tp).data();
                        if (withVelocity) {
                            v = fixture.read(tv).data();
                        }
                    }
                });
    }

    private static double[] scaled(double[] a, double factor) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
        return out;
    }

    private static void addRmsprop(
            CaseList list, Fixture fixture, String id, int[] shape, double epsilon) {
        double lr = 0.01;
        double rho = 0.9;
        list.add(
                id,
                "rmspropUpdate",
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    Ref param = Ref.uniform(random, -1, 1, shape);
                    Ref[] grads = gradients(random, shape);
                    Backend backend = fixture.backend();
                    Tensor tp = fixture.floats(scope, param);
                    Tensor ta = fixture.floats(scope, Ref.full(0, shape));
                    double[] p = param.data();
                    double[] a = new double[p.length];
                    for (int t = 0; t < STEPS; t++) {
                        double[] g = grads[t].data();
                        Tensor tg = fixture.floats(scope, grads[t]);
                        NDArray before = backend.toHost(tg);
                        backend.rmspropUpdate(tp, tg, ta, lr, rho, epsilon);
                        for (int i = 0; i < p.length; i++) {
                            a[i] = rho * a[i] + (1 - rho) * g[i] * g[i];
                            p[i] -= lr * g[i] / (Math.sqrt(a[i]) + epsilon);
                        }
                        fixture.assertClose(ta, Ref.of(a, shape), Tolerance.ACCUMULATED);
                        fixture.assertClose(tp, Ref.of(p, shape), Tolerance.ACCUMULATED);
                        fixture.assertUnchanged(tg, before, "grad");
                        a = fixture.read(ta).data();
                        p = fixture.read(tp).data();
                    }
                });
    }

    private static void addAdam(
            CaseList list,
            Fixture fixture,
            String id,
            int[] shape,
            boolean amsgrad,
            double epsilon) {
        double lr = 0.01;
        double beta1 = 0.9;
        double beta2 = 0.999;
        list.add(
                id,
                "adamUpdate",
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    Ref param = Ref.uniform(random, -1, 1, shape);
                    Ref[] grads = gradients(random, shape);
                    Backend backend = fixture.backend();
                    Tensor tp = fixture.floats(scope, param);
                    Tensor tm = fixture.floats(scope, Ref.full(0, shape));
                    Tensor tv = fixture.floats(scope, Ref.full(0, shape));
                    Tensor tHat = amsgrad ? fixture.floats(scope, Ref.full(0, shape)) : null;
                    double[] p = param.data();
                    double[] m = new double[p.length];
                    double[] v = new double[p.length];
                    double[] vHat = new double[p.length];
                    for (int t = 1; t <= STEPS; t++) {
                        double lrT =
                                lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
                        double[] g = grads[t - 1].data();
                        Tensor tg = fixture.floats(scope, grads[t - 1]);
                        NDArray before = backend.toHost(tg);
                        backend.adamUpdate(tp, tg, tm, tv, tHat, lrT, beta1, beta2, epsilon);
                        for (int i = 0; i < p.length; i++) {
                            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                            vHat[i] = Math.max(vHat[i], v[i]);
                            double second = amsgrad ? vHat[i] : v[i];
                            p[i] -= lrT * m[i] / (Math.sqrt(second) + epsilon);
                        }
                        fixture.assertClose(tm, Ref.of(m, shape), Tolerance.ACCUMULATED);
                        fixture.assertClose(tv, Ref.of(v, shape), Tolerance.ACCUMULATED);
                        if (amsgrad) {
                            fixture.assertClose(tHat, Ref.of(vHat, shape), Tolerance.ACCUMULATED);
                        }
                        fixture.assertClose(tp, Ref.of(p, shape), Tolerance.ACCUMULATED);
                        fixture.assertUnchanged(tg, before, "grad");
                        p = fixture.read(tp).data();
                        m = fixture.read(tm).data();
                        v = fixture.read(tv).data();
                        if (amsgrad) {
                            vHat = fixture.read(tHat).data();
                        }
                    }
                });
    }
}
