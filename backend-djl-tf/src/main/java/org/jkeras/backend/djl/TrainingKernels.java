package org.jkeras.backend.djl;

import org.jkeras.spi.Tensor;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * The optimizer updates, on TensorFlow's training kernels where their formulas are those of Keras
 * 2.2.4 and composed from other ops where they are not.
 *
 * <ul>
 *   <li>SGD without momentum: {@code ResourceApplyGradientDescent}, {@code p -= lr * g}.
 *   <li>Adam without AMSGrad: {@code ResourceApplyAdam} with both bias-correction powers 0, so its
 *       rate {@code lr * sqrt(1 - 0) / (1 - 0)} is the caller's already corrected {@code lrT}; its
 *       moments and step are those of Keras 2.2.4.
 *   <li>RMSprop: {@code ResourceApplyAdam} again, with {@code beta1 = 0}, {@code beta2 = rho} and
 *       Nesterov's form, whose step {@code (g * (1 - 0) + 0 * m) * lr / (sqrt(v) + epsilon)} is
 *       Keras 2.2.4's {@code lr * g / (sqrt(a) + epsilon)} with the accumulator as {@code v}. The
 *       first-moment slot it also writes is a scratch variable of the accumulator's. ({@code
 *       ApplyRMSProp} itself adds epsilon inside the square root, where Keras adds it outside.)
 *   <li>Composed: SGD with momentum ({@code ApplyMomentum} keeps {@code v / -lr}, not Keras's
 *       velocity, so saved optimizer state would differ) and AMSGrad (no TensorFlow kernel).
 * </ul>
 *
 * <p>TensorFlow's kernels update the moments as {@code m += (g - m) * (1 - beta1)}, which equals
 * Keras's {@code beta1 * m + (1 - beta1) * g} but rounds differently, within float32 noise.
 *
 * <p>Arguments are checked before anything changes, so a bad call leaves every tensor as it was.
 */
final class TrainingKernels {

    private final DjlTfBackend backend;
    private final TfRuntime runtime;

    TrainingKernels(DjlTfBackend backend, TfRuntime runtime) {
        this.backend = backend;
        this.runtime = runtime;
    }

    void sgd(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        String op = "sgdUpdate";
        TfTensor p = Arguments.float32(param, op, "param");
        TfTensor g = Arguments.like(grad, op, "grad", p);
        if (velocity != null) {
            Arguments.like(velocity, op, "velocity", p);
            backend.composedSgd(param, grad, velocity, lr, momentum, nesterov);
            return;
        }
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle rate = t.add(DjlTfBackend.floatScalar((float) lr));
            TFE_TensorHandle delta = g.handle(op);
            backend.op("ResourceApplyGradientDescent")
                    .input(p.variableFor(runtime, op))
                    .input(rate)
                    .input(delta)
                    .runForEffect();
        }
    }

    void rmsprop(
            Tensor param, Tensor grad, Tensor accumulator, double lr, double rho, double epsilon) {
        String op = "rmspropUpdate";
        TfTensor p = Arguments.float32(param, op, "param");
        TfTensor g = Arguments.like(grad, op, "grad", p);
        TfTensor a = Arguments.like(accumulator, op, "accumulator", p);
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle zero = t.add(DjlTfBackend.floatScalar(0f));
            TFE_TensorHandle gradient = g.handle(op);
            backend.op("ResourceApplyAdam")
                    .input(p.variableFor(runtime, op))
                    .input(a.scratchFor(runtime, op))
                    .input(a.variableFor(runtime, op))
                    .input(zero)
                    .input(zero)
                    .input(t.add(DjlTfBackend.floatScalar((float) lr)))
                    .input(zero)
                    .input(t.add(DjlTfBackend.floatScalar((float) rho)))
                    .input(t.add(DjlTfBackend.floatScalar((float) epsilon)))
                    .input(gradient)
                    .attr("use_nesterov", true)
                    .runForEffect();
        }
    }

    void adam(
            Tensor param,
            Tensor grad,
            Tensor m,
            Tensor v,
            Tensor vHat,
            double lrT,
            double beta1,
            double beta2,
            double epsilon) {
        String op = "adamUpdate";
        TfTensor p = Arguments.float32(param, op, "param");
        TfTensor g = Arguments.like(grad, op, "grad", p);
        TfTensor first = Arguments.like(m, op, "m", p);
        TfTensor second = Arguments.like(v, op, "v", p);
        if (vHat != null) {
            Arguments.like(vHat, op, "vHat", p);
            backend.composedAdam(param, grad, m, v, vHat, lrT, beta1, beta2, epsilon);
            return;
        }
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle noCorrection = t.add(DjlTfBackend.floatScalar(0f));
            TFE_TensorHandle gradient = g.handle(op);
            backend.op("ResourceApplyAdam")
                    .input(p.variableFor(runtime, op))
                    .input(first.variableFor(runtime, op))
                    .input(second.variableFor(runtime, op))
                    .input(noCorrection)
                    .input(noCorrection)
                    .input(t.add(DjlTfBackend.floatScalar((float) lrT)))
                    .input(t.add(DjlTfBackend.floatScalar((float) beta1)))
                    .input(t.add(DjlTfBackend.floatScalar((float) beta2)))
                    .input(t.add(DjlTfBackend.floatScalar((float) epsilon)))
                    .input(gradient)
                    .runForEffect();
        }
    }
}
