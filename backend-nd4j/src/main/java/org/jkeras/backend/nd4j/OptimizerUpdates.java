package org.jkeras.backend.nd4j;

import java.util.Arrays;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Max;
import org.nd4j.linalg.api.ops.impl.updaters.RmsPropUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Keras 2.2 optimizer steps, in place on ND4J arrays. Each step writes its intermediate values
 * into the parameter's scratch buffer, so after the first step an update allocates nothing.
 */
final class OptimizerUpdates {

    private OptimizerUpdates() {}

    static void sgd(
            Tensor paramT,
            Tensor gradT,
            Tensor velocityT,
            double lr,
            double momentum,
            boolean nesterov) {
        Nd4jTensor param = Arrays4j.float32(paramT, "param");
        INDArray g = sameShape(param, gradT, "grad");
        INDArray p = param.array();
        INDArray step = param.scratch().assign(g).muli(lr);
        if (velocityT == null) {
            p.subi(step);
            return;
        }
        INDArray v = sameShape(param, velocityT, "velocity");
        v.muli(momentum).subi(step);
        if (!nesterov) {
            p.addi(v);
            return;
        }
        p.subi(step);
        p.addi(step.assign(v).muli(momentum));
    }

    static void rmsprop(
            Tensor paramT,
            Tensor gradT,
            Tensor accumulatorT,
            double lr,
            double rho,
            double epsilon) {
        Nd4jTensor param = Arrays4j.float32(paramT, "param");
        INDArray g = sameShape(param, gradT, "grad");
        INDArray a = sameShape(param, accumulatorT, "accumulator");
        if (a.length() == 0) {
            return;
        }
        // libnd4j's RMSprop updater is Keras 2.2's formula in one pass: a = rho * a + (1 - rho)
        // * g^2 in place, and the step lr * g / (sqrt(a) + epsilon) into the scratch buffer.
        INDArray step = param.scratch();
        Nd4j.exec(new RmsPropUpdater(g, a, step, a, lr, rho, epsilon));
        param.array().subi(step);
    }

    static void adam(
            Tensor paramT,
            Tensor gradT,
            Tensor mT,
            Tensor vT,
            Tensor vHatT,
            double lrT,
            double beta1,
            double beta2,
            double epsilon) {
        Nd4jTensor param = Arrays4j.float32(paramT, "param");
        INDArray g = sameShape(param, gradT, "grad");
        INDArray m = sameShape(param, mT, "m");
        INDArray v = sameShape(param, vT, "v");
        INDArray vHat = vHatT == null ? null : sameShape(param, vHatT, "vHat");
        INDArray scratch = param.scratch();
        m.muli(beta1).addi(scratch.assign(g).muli(1 - beta1));
        scratch.assign(g).muli(g).muli(1 - beta2);
        v.muli(beta2).addi(scratch);
        INDArray second = v;
        if (vHat != null) {
            Nd4j.exec(new Max(vHat, v, vHat));
            second = vHat;
        }
        Transforms.sqrt(scratch.assign(second), false).addi(epsilon).rdivi(m).muli(lrT);
        param.array().subi(scratch);
    }

    private static INDArray sameShape(Nd4jTensor param, Tensor other, String argument) {
        Nd4jTensor t = Arrays4j.float32(other, argument);
        if (!Arrays.equals(t.shapeView(), param.shapeView())) {
            throw new IllegalArgumentException(
                    argument
                            + " must have the shape of param "
                            + Arrays.toString(param.shapeView())
                            + ". Received: "
                            + Arrays.toString(t.shapeView()));
        }
        return t.array();
    }
}
