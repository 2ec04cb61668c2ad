package org.jkeras.spi;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;

/**
 * The operations a backend provides: the service provider interface every backend implements.
 *
 * <p>It has two parts. The <em>core</em> ops are abstract and every backend implements them:
 * creation and host transfer, element-wise unary and binary arithmetic with NumPy broadcasting,
 * comparisons and {@code where}, reductions, matmul, and the shape ops. The <em>fused</em> ops
 * (dense, softmax, log-softmax, softmax cross-entropy and the optimizer updates) have default
 * implementations composed from the core, which a backend overrides when it can do better.
 *
 * <p>Contract for every op:
 *
 * <ul>
 *   <li>Arguments are not modified, except the tensors an in-place op names as updated ({@link
 *       #assign}, the optimizer updates).
 *   <li>Each call returns a new tensor the caller owns and must {@link Tensor#close() close}; a
 *       default fused op closes every temporary it creates.
 *   <li>Axes may be negative, counting from the end. Shapes may have dimensions of size 0.
 *   <li>Bad shapes, axes or types throw {@link IllegalArgumentException} naming the argument.
 *   <li>Arithmetic is float32; {@link DType#INT32} tensors are accepted by the shape ops,
 *       comparisons, {@link #where}, {@link #cast}, and as indices.
 * </ul>
 *
 * <p>The engine owns all randomness: it draws on the host and uploads with {@link #fromHost}, so a
 * backend needs no random number generator and every backend sees the same numbers.
 */
public interface Backend extends AutoCloseable {

    /** Returns the name of this backend, as its provider reports it. */
    String name();

    // ---- creation and host transfer ----

    /** Copies a host array into a new tensor of the same shape and type. */
    Tensor fromHost(NDArray array);

    /** Copies a tensor back to the host. */
    NDArray toHost(Tensor tensor);

    /** Returns a tensor of the given shape and type with every element equal to {@code value}. */
    Tensor full(int[] shape, DType dtype, double value);

    /** Returns a float32 scalar (shape {@code []}). */
    default Tensor scalar(double value) {
        return full(new int[0], DType.FLOAT32, value);
    }

    // ---- element-wise ----

    /** Applies a function to every element of a float32 tensor. */
    Tensor unary(UnaryOp op, Tensor x);

    /** Combines two float32 tensors element by element, broadcasting their shapes. */
    Tensor binary(BinaryOp op, Tensor a, Tensor b);

    /** Compares two tensors of one type element by element, giving a float32 mask of 0 and 1. */
    Tensor compare(CompareOp op, Tensor a, Tensor b);

    /**
     * Picks {@code a} where {@code condition} is non-zero and {@code b} elsewhere; the three shapes
     * broadcast together. {@code condition} is float32; {@code a} and {@code b} share a type, which
     * the result has.
     */
    Tensor where(Tensor condition, Tensor a, Tensor b);

    // ---- reductions ----

    /**
     * Reduces a float32 tensor over the given axes, which must be distinct. Reduced axes are kept
     * with size 1 when {@code keepDims} is true and dropped otherwise; an empty axes array returns
     * a copy.
     */
    Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims);

    /**
     * Returns the int32 index of the largest element along {@code axis}, which is dropped from the
     * shape; the first index wins ties, and a NaN counts as the largest.
     */
    Tensor argMax(Tensor x, int axis);

    // ---- linear algebra ----

    /**
     * Multiplies two rank-2 float32 tensors, optionally transposing either first: {@code [m, k] x
     * [k, n] -> [m, n]}.
     */
    Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB);

    // ---- shape ----

    /** Returns the elements in row-major order under a new shape; one dimension may be -1. */
    Tensor reshape(Tensor x, int[] shape);

    /** Permutes the axes: output axis {@code i} is input axis {@code permutation[i]}. */
    Tensor transpose(Tensor x, int[] permutation);

    /**
     * Returns the block starting at {@code begin} with extent {@code size} per axis; a size of -1
     * runs to the end of that axis.
     */
    Tensor slice(Tensor x, int[] begin, int[] size);

    /** Joins tensors of one type along an axis; all other dimensions must match. */
    Tensor concat(List<Tensor> tensors, int axis);

    /**
     * Takes slices along {@code axis} at int32 {@code indices}; the result's shape is {@code
     * x.shape[:axis] + indices.shape + x.shape[axis+1:]}.
     *
     * @throws IndexOutOfBoundsException if an index is outside the axis
     */
    Tensor gather(Tensor x, Tensor indices, int axis);

    /**
     * Returns float32 one-hot rows for int32 indices: shape {@code indices.shape + [depth]}; an
     * index outside {@code [0, depth)} gives a row of zeros.
     */
    Tensor oneHot(Tensor indices, int depth);

    /**
     * Converts to another element type; float to int truncates toward zero, saturates at the int
     * range and maps NaN to 0.
     */
    Tensor cast(Tensor x, DType dtype);

    /** Copies {@code value} into {@code target} in place; shapes and types must be equal. */
    void assign(Tensor target, Tensor value);

    // ---- fused ops, with defaults composed from the core ----

    /**
     * Returns {@code x . kernel + bias} over the last axis of {@code x}: {@code [..., in] x [in,
     * out] -> [..., out]}. {@code bias}, of shape {@code [out]}, may be null.
     */
    default Tensor dense(Tensor x, Tensor kernel, Tensor bias) {
        int[] shape = x.shape();
        int in = shape[shape.length - 1];
        int out = kernel.shape()[1];
        try (Tensor flat = reshape(x, new int[] {-1, in});
                Tensor product = matmul(flat, kernel, false, false)) {
            int[] outShape = shape.clone();
            outShape[outShape.length - 1] = out;
            if (bias == null) {
                return reshape(product, outShape);
            }
            try (Tensor withBias = binary(BinaryOp.ADD, product, bias)) {
                return reshape(withBias, outShape);
            }
        }
    }

    /** Returns the softmax of {@code x} along {@code axis}, shifted by the maximum for safety. */
    default Tensor softmax(Tensor x, int axis) {
        int[] axes = {axis};
        try (Tensor max = reduce(ReduceOp.MAX, x, axes, true);
                Tensor shifted = binary(BinaryOp.SUB, x, max);
                Tensor exp = unary(UnaryOp.EXP, shifted);
                Tensor sum = reduce(ReduceOp.SUM, exp, axes, true)) {
            return binary(BinaryOp.DIV, exp, sum);
        }
    }

    /** Returns {@code log(softmax(x))} along {@code axis}, computed without overflow. */
    default Tensor logSoftmax(Tensor x, int axis) {
        int[] axes = {axis};
        try (Tensor max = reduce(ReduceOp.MAX, x, axes, true);
                Tensor shifted = binary(BinaryOp.SUB, x, max);
                Tensor exp = unary(UnaryOp.EXP, shifted);
                Tensor sum = reduce(ReduceOp.SUM, exp, axes, true);
                Tensor logSum = unary(UnaryOp.LOG, sum)) {
            return binary(BinaryOp.SUB, shifted, logSum);
        }
    }

    /**
     * Returns {@code -sum(labels * logSoftmax(logits))} over the last axis: one loss per row, the
     * shape of {@code logits} without its last axis. {@code labels} are probabilities of the same
     * shape as {@code logits}.
     */
    default Tensor softmaxCrossEntropy(Tensor logits, Tensor labels) {
        try (Tensor logProbabilities = logSoftmax(logits, -1);
                Tensor product = binary(BinaryOp.MUL, labels, logProbabilities);
                Tensor sum = reduce(ReduceOp.SUM, product, new int[] {-1}, false)) {
            return unary(UnaryOp.NEG, sum);
        }
    }

    /**
     * Applies one step of Keras 2.2 SGD in place. Without momentum ({@code velocity} null): {@code
     * p -= lr * g}. With it: {@code v = momentum * v - lr * g}, then {@code p += v}, or with
     * Nesterov {@code p += momentum * v - lr * g}.
     */
    default void sgdUpdate(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        try (Tensor lrT = scalar(lr);
                Tensor step = binary(BinaryOp.MUL, grad, lrT)) {
            if (velocity == null) {
                try (Tensor updated = binary(BinaryOp.SUB, param, step)) {
                    assign(param, updated);
                }
                return;
            }
            try (Tensor momentumT = scalar(momentum);
                    Tensor decayed = binary(BinaryOp.MUL, velocity, momentumT);
                    Tensor newVelocity = binary(BinaryOp.SUB, decayed, step)) {
                assign(velocity, newVelocity);
                if (!nesterov) {
                    try (Tensor updated = binary(BinaryOp.ADD, param, newVelocity)) {
                        assign(param, updated);
                    }
                    return;
                }
                try (Tensor ahead = binary(BinaryOp.MUL, newVelocity, momentumT);
                        Tensor delta = binary(BinaryOp.SUB, ahead, step);
                        Tensor updated = binary(BinaryOp.ADD, param, delta)) {
                    assign(param, updated);
                }
            }
        }
    }

    /**
     * Applies one step of Keras 2.2 RMSprop in place: {@code a = rho * a + (1 - rho) * g^2}, then
     * {@code p -= lr * g / (sqrt(a) + epsilon)}.
     */
    default void rmspropUpdate(
            Tensor param, Tensor grad, Tensor accumulator, double lr, double rho, double epsilon) {
        try (Tensor rhoT = scalar(rho);
                Tensor oneMinusRho = scalar(1 - rho);
                Tensor squared = unary(UnaryOp.SQUARE, grad);
                Tensor decayed = binary(BinaryOp.MUL, accumulator, rhoT);
                Tensor fresh = binary(BinaryOp.MUL, squared, oneMinusRho);
                Tensor newAccumulator = binary(BinaryOp.ADD, decayed, fresh)) {
            assign(accumulator, newAccumulator);
            try (Tensor root = unary(UnaryOp.SQRT, newAccumulator);
                    Tensor epsilonT = scalar(epsilon);
                    Tensor denominator = binary(BinaryOp.ADD, root, epsilonT);
                    Tensor lrT = scalar(lr);
                    Tensor scaled = binary(BinaryOp.MUL, grad, lrT);
                    Tensor step = binary(BinaryOp.DIV, scaled, denominator);
                    Tensor updated = binary(BinaryOp.SUB, param, step)) {
                assign(param, updated);
            }
        }
    }

    /**
     * Applies one step of Keras 2.2 Adam in place: {@code m = beta1 * m + (1 - beta1) * g}, {@code
     * v = beta2 * v + (1 - beta2) * g^2}, and with AMSGrad ({@code vHat} not null) {@code vHat =
     * max(vHat, v)}; then {@code p -= lrT * m / (sqrt(v or vHat) + epsilon)}. The caller passes the
     * bias-corrected rate {@code lrT = lr * sqrt(1 - beta2^t) / (1 - beta1^t)}.
     */
    default void adamUpdate(
            Tensor param,
            Tensor grad,
            Tensor m,
            Tensor v,
            Tensor vHat,
            double lrT,
            double beta1,
            double beta2,
            double epsilon) {
        try (Tensor b1 = scalar(beta1);
                Tensor oneMinusB1 = scalar(1 - beta1);
                Tensor b2 = scalar(beta2);
                Tensor oneMinusB2 = scalar(1 - beta2);
                Tensor mDecayed = binary(BinaryOp.MUL, m, b1);
                Tensor mFresh = binary(BinaryOp.MUL, grad, oneMinusB1);
                Tensor newM = binary(BinaryOp.ADD, mDecayed, mFresh);
                Tensor squared = unary(UnaryOp.SQUARE, grad);
                Tensor vDecayed = binary(BinaryOp.MUL, v, b2);
                Tensor vFresh = binary(BinaryOp.MUL, squared, oneMinusB2);
                Tensor newV = binary(BinaryOp.ADD, vDecayed, vFresh)) {
            assign(m, newM);
            assign(v, newV);
            Tensor second = newV;
            if (vHat != null) {
                try (Tensor newVHat = binary(BinaryOp.MAXIMUM, vHat, newV)) {
                    assign(vHat, newVHat);
                }
                second = vHat;
            }
            try (Tensor root = unary(UnaryOp.SQRT, second);
                    Tensor epsilonT = scalar(epsilon);
                    Tensor denominator = binary(BinaryOp.ADD, root, epsilonT);
                    Tensor rate = scalar(lrT);
                    Tensor scaled = binary(BinaryOp.MUL, newM, rate);
                    Tensor step = binary(BinaryOp.DIV, scaled, denominator);
                    Tensor updated = binary(BinaryOp.SUB, param, step)) {
                assign(param, updated);
            }
        }
    }

    /** Releases resources the backend holds, such as thread pools. The default holds none. */
    @Override
    default void close() {}
}
