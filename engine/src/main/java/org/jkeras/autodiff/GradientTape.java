package org.jkeras.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Records ops on one backend and computes reverse-mode gradients; one tape per training step.
 *
 * <p>Every op runs the backend op of the same name at once (so a backend's fused override is used)
 * and remembers how to carry a gradient back to its inputs. Gradients are computed with backend ops
 * only; nothing is copied to the host. The tape owns every tensor it creates and closes them all in
 * {@link #close()}; tensors handed to {@link #watch} and {@link #constant} stay with the caller,
 * and must stay open until the tape is closed.
 *
 * <pre>{@code
 * try (GradientTape tape = new GradientTape(backend)) {
 *     Variable w = tape.watch(weights);
 *     Variable y = tape.dense(tape.constant(x), w, null);
 *     Variable squared = tape.unary(UnaryOp.SQUARE, y);
 *     Variable loss = tape.reduce(ReduceOp.MEAN, squared, new int[] {0, 1}, false);
 *     Tensor dw = tape.gradient(loss, List.of(w)).get(0);
 * }
 * }</pre>
 */
public final class GradientTape implements AutoCloseable {

    /** Carries the gradient of a node's output back to the inputs flagged as needed. */
    @FunctionalInterface
    private interface Backward {
        /**
         * Returns one gradient per input, null where not needed; each returned tensor is either new
         * and belongs to the caller, or {@code upstream} itself, passed through unchanged (the
         * caller then decides who owns it); temporaries go to {@code scope}.
         */
        Tensor[] apply(Tensor upstream, boolean[] needed, TensorScope scope);
    }

    private record Node(Variable output, Variable[] inputs, Backward backward) {}

    private final Backend backend;
    private final List<Tensor> owned = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private boolean closed;

    /** Creates an empty tape recording ops on {@code backend}. */
    public GradientTape(Backend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Returns the backend the ops run on. */
    public Backend backend() {
        return backend;
    }

    /** Returns a leaf whose gradient may be asked for; the tensor is not owned by the tape. */
    public Variable watch(Tensor value) {
        checkOpen();
        Objects.requireNonNull(value, "value");
        return new Variable(this, value, true);
    }

    /** Returns a leaf without gradient; the tensor is not owned by the tape. */
    public Variable constant(Tensor value) {
        checkOpen();
        Objects.requireNonNull(value, "value");
        return new Variable(this, value, false);
    }

    /** Returns a float32 scalar constant whose tensor the tape owns and closes. */
    public Variable scalar(double value) {
        checkOpen();
        return new Variable(this, own(backend.scalar(value)), false);
    }

    /**
     * Returns a leaf without gradient that takes ownership of {@code value}: the tape closes it,
     * for values such as converted labels that the caller makes only for this tape.
     */
    public Variable ownedConstant(Tensor value) {
        checkOpen();
        Objects.requireNonNull(value, "value");
        return new Variable(this, own(value), false);
    }

    /**
     * Applies an element-wise function. SIGN, FLOOR, CEIL and ROUND have zero gradient; RELU's and
     * ABS's gradient at exactly 0 is 0.
     */
    public Variable unary(UnaryOp op, Variable x) {
        Objects.requireNonNull(op, "op");
        checkVariable(x, "x");
        Tensor input = x.value();
        Tensor y = own(backend.unary(op, input));
        return record(y, (g, needed, s) -> new Tensor[] {unaryGradient(op, input, y, g, s)}, x);
    }

    /** Combines two values element-wise with broadcasting; gradients are summed back. */
    public Variable binary(BinaryOp op, Variable a, Variable b) {
        Objects.requireNonNull(op, "op");
        checkVariable(a, "a");
        checkVariable(b, "b");
        Tensor y = own(backend.binary(op, a.value(), b.value()));
        return record(y, (g, needed, s) -> binaryGradient(op, a, b, y, g, needed, s), a, b);
    }

    /** Picks {@code a} where {@code condition} is non-zero and {@code b} elsewhere. */
    public Variable where(Tensor condition, Variable a, Variable b) {
        Objects.requireNonNull(condition, "condition");
        checkVariable(a, "a");
        checkVariable(b, "b");
        Tensor y = own(backend.where(condition, a.value(), b.value()));
        if (!a.requiresGradient() && !b.requiresGradient()) {
            return new Variable(this, y, false);
        }
        Tensor kept = copy(condition);
        int[] aShape = a.shape();
        int[] bShape = b.shape();
        return record(
                y,
                (g, needed, s) -> {
                    Tensor zero = s.add(backend.scalar(0));
                    Tensor[] grads = new Tensor[2];
                    if (needed[0]) {
                        grads[0] = unbroadcast(s.add(backend.where(kept, g, zero)), aShape, g, s);
                    }
                    if (needed[1]) {
                        grads[1] = unbroadcast(s.add(backend.where(kept, zero, g)), bShape, g, s);
                    }
                    return grads;
                },
                a,
                b);
    }

    /**
     * Reduces over {@code axes}. The gradient of MAX and MIN goes to the positions equal to the
     * result, split evenly among ties.
     */
    public Variable reduce(ReduceOp op, Variable x, int[] axes, boolean keepDims) {
        Objects.requireNonNull(op, "op");
        checkVariable(x, "x");
        Objects.requireNonNull(axes, "axes");
        Tensor input = x.value();
        Tensor y = own(backend.reduce(op, input, axes, keepDims));
        int[] xShape = x.shape();
        int[] normalized = Shapes.normalizeAxes(axes, xShape.length);
        int[] keptShape = Shapes.reducedShape(xShape, normalized, true);
        return record(
                y,
                (g, needed, s) -> {
                    Tensor kept = s.add(backend.reshape(g, keptShape));
                    return new Tensor[] {
                        reduceGradient(op, input, y, kept, xShape, normalized, keptShape, s)
                    };
                },
                x);
    }

    /** Multiplies two rank-2 values, optionally transposing either first. */
    public Variable matmul(Variable a, Variable b, boolean transposeA, boolean transposeB) {
        checkVariable(a, "a");
        checkVariable(b, "b");
        Tensor av = a.value();
        Tensor bv = b.value();
        Tensor y = own(backend.matmul(av, bv, transposeA, transposeB));
        return record(
                y,
                (g, needed, s) -> {
                    Tensor[] grads = new Tensor[2];
                    if (needed[0]) {
                        grads[0] =
                                transposeA
                                        ? backend.matmul(bv, g, transposeB, true)
                                        : backend.matmul(g, bv, false, !transposeB);
                    }
                    if (needed[1]) {
                        grads[1] =
                                transposeB
                                        ? backend.matmul(g, av, true, transposeA)
                                        : backend.matmul(av, g, !transposeA, false);
                    }
                    return grads;
                },
                a,
                b);
    }

    /** Returns the elements under a new shape; one dimension may be -1. */
    public Variable reshape(Variable x, int[] shape) {
        checkVariable(x, "x");
        Objects.requireNonNull(shape, "shape");
        int[] xShape = x.shape();
        Tensor y = own(backend.reshape(x.value(), shape));
        return record(y, (g, needed, s) -> new Tensor[] {backend.reshape(g, xShape)}, x);
    }

    /** Permutes the axes: output axis {@code i} is input axis {@code permutation[i]}. */
    public Variable transpose(Variable x, int[] permutation) {
        checkVariable(x, "x");
        Objects.requireNonNull(permutation, "permutation");
        Tensor y = own(backend.transpose(x.value(), permutation));
        int[] inverse = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            inverse[Shapes.normalizeAxis(permutation[i], permutation.length)] = i;
        }
        return record(y, (g, needed, s) -> new Tensor[] {backend.transpose(g, inverse)}, x);
    }

    /** Returns the block at {@code begin} of extent {@code size}; the gradient pads with zeros. */
    public Variable slice(Variable x, int[] begin, int[] size) {
        checkVariable(x, "x");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(size, "size");
        int[] xShape = x.shape();
        Tensor y = own(backend.slice(x.value(), begin, size));
        int[] start = new int[xShape.length];
        for (int i = 0; i < start.length; i++) {
            start[i] = begin[i] < 0 ? begin[i] + xShape[i] : begin[i];
        }
        return record(y, (g, needed, s) -> new Tensor[] {pad(g, start, xShape, s)}, x);
    }

    /** Joins values along an axis; the gradient slices the upstream gradient apart. */
    public Variable concat(List<Variable> xs, int axis) {
        Objects.requireNonNull(xs, "xs");
        if (xs.isEmpty()) {
            throw new IllegalArgumentException(
                    "xs must hold at least one variable. Received: an empty list");
        }
        List<Tensor> values = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            checkVariable(xs.get(i), "xs[" + i + "]");
            values.add(xs.get(i).value());
        }
        Variable[] inputs = xs.toArray(new Variable[0]);
        Tensor y = own(backend.concat(values, axis));
        int along = Shapes.normalizeAxis(axis, inputs[0].rank());
        return record(
                y,
                (g, needed, s) -> {
                    Tensor[] grads = new Tensor[inputs.length];
                    int offset = 0;
                    for (int i = 0; i < inputs.length; i++) {
                        int[] shape = inputs[i].shape();
                        if (needed[i]) {
                            int[] start = new int[shape.length];
                            start[along] = offset;
                            grads[i] = backend.slice(g, start, shape);
                        }
                        offset += shape[along];
                    }
                    return grads;
                },
                inputs);
    }

    /**
     * Takes slices along {@code axis} at int32 {@code indices}; the gradient adds each slice back
     * at its index (repeated indices accumulate).
     */
    public Variable gather(Variable x, Tensor indices, int axis) {
        checkVariable(x, "x");
        Objects.requireNonNull(indices, "indices");
        Tensor y = own(backend.gather(x.value(), indices, axis));
        if (!x.requiresGradient()) {
            return new Variable(this, y, false);
        }
        Tensor kept = copy(indices);
        int[] xShape = x.shape();
        int along = Shapes.normalizeAxis(axis, xShape.length);
        return record(y, (g, needed, s) -> new Tensor[] {scatterAdd(g, kept, xShape, along, s)}, x);
    }

    /**
     * Returns {@code x . kernel + bias} over the last axis of {@code x}; {@code bias} may be null.
     */
    public Variable dense(Variable x, Variable kernel, Variable bias) {
        checkVariable(x, "x");
        checkVariable(kernel, "kernel");
        if (bias != null) {
            checkVariable(bias, "bias");
        }
        Tensor xv = x.value();
        Tensor kv = kernel.value();
        Tensor y = own(backend.dense(xv, kv, bias == null ? null : bias.value()));
        int[] xShape = x.shape();
        int[] kShape = kernel.shape();
        int rows = Shapes.size(Arrays.copyOf(xShape, xShape.length - 1));
        Variable[] inputs =
                bias == null ? new Variable[] {x, kernel} : new Variable[] {x, kernel, bias};
        return record(
                y,
                (g, needed, s) -> {
                    Tensor[] grads = new Tensor[inputs.length];
                    Tensor gFlat = viewAs(g, new int[] {rows, kShape[1]}, s);
                    if (needed[0]) {
                        Tensor flat = backend.matmul(gFlat, kv, false, true);
                        grads[0] = reshapeOwned(flat, xShape);
                    }
                    if (needed[1]) {
                        Tensor xFlat = viewAs(xv, new int[] {rows, kShape[0]}, s);
                        grads[1] = backend.matmul(xFlat, gFlat, true, false);
                    }
                    if (inputs.length == 3 && needed[2]) {
                        grads[2] = backend.reduce(ReduceOp.SUM, gFlat, new int[] {0}, false);
                    }
                    return grads;
                },
                inputs);
    }

    /** Returns the softmax along {@code axis}. */
    public Variable softmax(Variable x, int axis) {
        checkVariable(x, "x");
        Tensor y = own(backend.softmax(x.value(), axis));
        int[] axes = {axis};
        return record(
                y,
                (g, needed, s) -> {
                    Tensor product = s.add(backend.binary(BinaryOp.MUL, g, y));
                    Tensor sum = s.add(backend.reduce(ReduceOp.SUM, product, axes, true));
                    Tensor centered = s.add(backend.binary(BinaryOp.SUB, g, sum));
                    return new Tensor[] {backend.binary(BinaryOp.MUL, centered, y)};
                },
                x);
    }

    /** Returns {@code log(softmax(x))} along {@code axis}. */
    public Variable logSoftmax(Variable x, int axis) {
        checkVariable(x, "x");
        Tensor y = own(backend.logSoftmax(x.value(), axis));
        int[] axes = {axis};
        return record(
                y,
                (g, needed, s) -> {
                    Tensor probabilities = s.add(backend.unary(UnaryOp.EXP, y));
                    Tensor sum = s.add(backend.reduce(ReduceOp.SUM, g, axes, true));
                    Tensor spread = s.add(backend.binary(BinaryOp.MUL, probabilities, sum));
                    return new Tensor[] {backend.binary(BinaryOp.SUB, g, spread)};
                },
                x);
    }

    /**
     * Returns {@code -sum(labels * logSoftmax(logits))} over the last axis, one loss per row;
     * {@code labels} (probabilities shaped as {@code logits}) get no gradient.
     */
    public Variable softmaxCrossEntropy(Variable logits, Tensor labels) {
        checkVariable(logits, "logits");
        Objects.requireNonNull(labels, "labels");
        Tensor lv = logits.value();
        Tensor y = own(backend.softmaxCrossEntropy(lv, labels));
        if (!logits.requiresGradient()) {
            return new Variable(this, y, false);
        }
        Tensor kept = copy(labels);
        int[] keptShape = logits.shape();
        keptShape[keptShape.length - 1] = 1;
        int[] last = {-1};
        return record(
                y,
                (g, needed, s) -> {
                    Tensor probabilities = s.add(backend.softmax(lv, -1));
                    Tensor mass = s.add(backend.reduce(ReduceOp.SUM, kept, last, true));
                    Tensor scaled = s.add(backend.binary(BinaryOp.MUL, probabilities, mass));
                    Tensor difference = s.add(backend.binary(BinaryOp.SUB, scaled, kept));
                    Tensor upstream = s.add(backend.reshape(g, keptShape));
                    return new Tensor[] {backend.binary(BinaryOp.MUL, difference, upstream)};
                },
                logits);
    }

    /**
     * Returns the gradients of {@code sum(target)} with respect to each source, in order, each of
     * its source's shape. A source the target does not depend on, or one that does not require a
     * gradient, gets zeros. The returned tensors belong to the tape and are closed by {@link
     * #close()}. May be called more than once.
     */
    public List<Tensor> gradient(Variable target, List<Variable> sources) {
        checkVariable(target, "target");
        Objects.requireNonNull(sources, "sources");
        Set<Variable> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < sources.size(); i++) {
            checkVariable(sources.get(i), "sources[" + i + "]");
            if (sources.get(i).requiresGradient()) {
                wanted.add(sources.get(i));
            }
        }
        Set<Variable> relevant = Collections.newSetFromMap(new IdentityHashMap<>());
        relevant.addAll(wanted);
        for (Node node : nodes) {
            for (Variable input : node.inputs()) {
                if (relevant.contains(input)) {
                    relevant.add(node.output());
                    break;
                }
            }
        }
        Map<Variable, Tensor> grads = new IdentityHashMap<>();
        try {
            if (relevant.contains(target)) {
                grads.put(target, backend.full(target.shape(), DType.FLOAT32, 1));
                propagate(grads, relevant, wanted);
            }
            List<Tensor> results = new ArrayList<>(sources.size());
            for (Variable source : sources) {
                Tensor grad = grads.get(source);
                if (grad == null) {
                    grad = backend.full(source.shape(), DType.FLOAT32, 0);
                    grads.put(source, grad);
                }
                results.add(grad);
            }
            owned.addAll(grads.values());
            grads.clear();
            return Collections.unmodifiableList(results);
        } finally {
            for (Tensor leftover : grads.values()) {
                leftover.close();
            }
        }
    }

    /** Closes every tensor the tape created; never the tensors given to watch or constant. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        nodes.clear();
        try (TensorScope scope = new TensorScope()) {
            owned.forEach(scope::add);
            owned.clear();
        }
    }

    private void propagate(
            Map<Variable, Tensor> grads, Set<Variable> relevant, Set<Variable> wanted) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            Tensor upstream = grads.get(node.output());
            if (upstream == null) {
                continue;
            }
            Variable[] inputs = node.inputs();
            boolean[] needed = new boolean[inputs.length];
            for (int j = 0; j < inputs.length; j++) {
                needed[j] = inputs[j].requiresGradient() && relevant.contains(inputs[j]);
            }
            Tensor[] inputGrads;
            try (TensorScope scope = new TensorScope()) {
                inputGrads = node.backward().apply(upstream, needed, scope);
            }
            // A gradient passed through unchanged takes over the upstream tensor once, unless the
            // upstream must stay as a result; every other use gets its own copy.
            boolean keepUpstream = wanted.contains(node.output());
            boolean upstreamTaken = false;
            for (int j = 0; j < inputs.length; j++) {
                Tensor grad = inputGrads[j];
                if (grad == null) {
                    continue;
                }
                if (grad == upstream) {
                    if (keepUpstream || upstreamTaken) {
                        grad = backend.reshape(upstream, upstream.shape());
                    }
                    upstreamTaken |= !keepUpstream;
                }
                accumulate(grads, inputs[j], grad);
            }
            if (!keepUpstream) {
                grads.remove(node.output());
                if (!upstreamTaken) {
                    upstream.close();
                }
            }
        }
    }

    private void accumulate(Map<Variable, Tensor> grads, Variable variable, Tensor grad) {
        Tensor existing = grads.get(variable);
        if (existing == null) {
            grads.put(variable, grad);
            return;
        }
        try (grad;
                existing) {
            grads.put(variable, backend.binary(BinaryOp.ADD, existing, grad));
        }
    }

    private Variable record(Tensor output, Backward backward, Variable... inputs) {
        boolean requiresGradient = false;
        for (Variable input : inputs) {
            requiresGradient |= input.requiresGradient();
        }
        Variable variable = new Variable(this, output, requiresGradient);
        if (requiresGradient) {
            nodes.add(new Node(variable, inputs, backward));
        }
        return variable;
    }

    private Tensor own(Tensor tensor) {
        owned.add(tensor);
        return tensor;
    }

    private Tensor copy(Tensor tensor) {
        return own(backend.reshape(tensor, tensor.shape()));
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the gradient tape is closed");
        }
    }

    private void checkVariable(Variable variable, String name) {
        checkOpen();
        Objects.requireNonNull(variable, name);
        if (variable.tape() != this) {
            throw new IllegalArgumentException(
                    name + " must be a variable of this tape. Received: one of another tape");
        }
    }

    private Tensor unaryGradient(UnaryOp op, Tensor x, Tensor y, Tensor g, TensorScope s) {
        switch (op) {
            case NEG:
                return backend.unary(UnaryOp.NEG, g);
            case ABS:
                return times(g, s.add(backend.unary(UnaryOp.SIGN, x)));
            case SIGN:
            case FLOOR:
            case CEIL:
            case ROUND:
                return backend.full(x.shape(), DType.FLOAT32, 0);
            case SQUARE:
                return times(g, s.add(backend.binary(BinaryOp.MUL, x, s.add(backend.scalar(2)))));
            case SQRT:
                return times(g, s.add(backend.binary(BinaryOp.DIV, s.add(backend.scalar(0.5)), y)));
            case EXP:
                return times(g, y);
            case EXPM1:
                return times(g, s.add(backend.binary(BinaryOp.ADD, y, one(s))));
            case LOG:
                return backend.binary(BinaryOp.DIV, g, x);
            case LOG1P:
                return backend.binary(
                        BinaryOp.DIV, g, s.add(backend.binary(BinaryOp.ADD, x, one(s))));
            case TANH:
                Tensor squared = s.add(backend.unary(UnaryOp.SQUARE, y));
                return times(g, s.add(backend.binary(BinaryOp.SUB, one(s), squared)));
            case SIGMOID:
                Tensor complement = s.add(backend.binary(BinaryOp.SUB, one(s), y));
                return times(g, s.add(backend.binary(BinaryOp.MUL, y, complement)));
            case RELU:
                Tensor zero = s.add(backend.scalar(0));
                return times(g, s.add(backend.compare(CompareOp.GREATER, x, zero)));
            case RECIPROCAL:
                Tensor square = s.add(backend.unary(UnaryOp.SQUARE, y));
                return times(g, s.add(backend.unary(UnaryOp.NEG, square)));
            default:
                throw new UnsupportedOperationException("no gradient for unary op " + op);
        }
    }

    private Tensor[] binaryGradient(
            BinaryOp op,
            Variable a,
            Variable b,
            Tensor y,
            Tensor g,
            boolean[] needed,
            TensorScope s) {
        Tensor av = a.value();
        Tensor bv = b.value();
        Tensor ga = null;
        Tensor gb = null;
        switch (op) {
            case ADD:
                ga = g;
                gb = g;
                break;
            case SUB:
                ga = g;
                gb = needed[1] ? s.add(backend.unary(UnaryOp.NEG, g)) : null;
                break;
            case MUL:
                ga = needed[0] ? s.add(times(g, bv)) : null;
                gb = needed[1] ? s.add(times(g, av)) : null;
                break;
            case DIV:
                ga = needed[0] ? s.add(backend.binary(BinaryOp.DIV, g, bv)) : null;
                if (needed[1]) {
                    Tensor ratio = s.add(backend.binary(BinaryOp.DIV, y, bv));
                    gb = s.add(backend.unary(UnaryOp.NEG, s.add(times(g, ratio))));
                }
                break;
            case POW:
                if (needed[0]) {
                    Tensor lowered = s.add(backend.binary(BinaryOp.SUB, bv, one(s)));
                    Tensor power = s.add(backend.binary(BinaryOp.POW, av, lowered));
                    ga = s.add(times(g, s.add(times(power, bv))));
                }
                if (needed[1]) {
                    // log(a) is only defined for a > 0; elsewhere the b-gradient is taken as 0.
                    Tensor zero = s.add(backend.scalar(0));
                    Tensor positive = s.add(backend.compare(CompareOp.GREATER, av, zero));
                    Tensor log = s.add(backend.unary(UnaryOp.LOG, av));
                    Tensor safeLog = s.add(backend.where(positive, log, zero));
                    gb = s.add(times(g, s.add(times(y, safeLog))));
                }
                break;
            case MAXIMUM:
            case MINIMUM:
                CompareOp wins = op == BinaryOp.MAXIMUM ? CompareOp.GREATER : CompareOp.LESS;
                Tensor first = s.add(backend.compare(wins, av, bv));
                Tensor tie = s.add(backend.compare(CompareOp.EQUAL, av, bv));
                Tensor halfTie = s.add(times(tie, s.add(backend.scalar(0.5))));
                Tensor weightA = s.add(backend.binary(BinaryOp.ADD, first, halfTie));
                ga = needed[0] ? s.add(times(g, weightA)) : null;
                if (needed[1]) {
                    Tensor weightB = s.add(backend.binary(BinaryOp.SUB, one(s), weightA));
                    gb = s.add(times(g, weightB));
                }
                break;
            default:
                throw new UnsupportedOperationException("no gradient for binary op " + op);
        }
        return new Tensor[] {
            needed[0] ? unbroadcast(ga, a.shape(), g, s) : null,
            needed[1] ? unbroadcast(gb, b.shape(), g, s) : null
        };
    }

    private Tensor reduceGradient(
            ReduceOp op,
            Tensor x,
            Tensor y,
            Tensor kept,
            int[] xShape,
            int[] axes,
            int[] keptShape,
            TensorScope s) {
        switch (op) {
            case SUM:
                return times(s.add(backend.full(xShape, DType.FLOAT32, 1)), kept);
            case MEAN:
                long count = 1;
                for (int axis : axes) {
                    count *= xShape[axis];
                }
                return times(s.add(backend.full(xShape, DType.FLOAT32, 1.0 / count)), kept);
            case MAX:
            case MIN:
                Tensor extreme = s.add(backend.reshape(y, keptShape));
                Tensor mask = s.add(backend.compare(CompareOp.EQUAL, x, extreme));
                Tensor ties = s.add(backend.reduce(ReduceOp.SUM, mask, axes, true));
                Tensor share = s.add(backend.binary(BinaryOp.DIV, kept, ties));
                return times(mask, share);
            default:
                throw new UnsupportedOperationException("no gradient for reduce op " + op);
        }
    }

    /**
     * Sums a broadcast gradient back to the shape of the operand it flowed from. A gradient that
     * already has that shape is returned as it is, without a copy: a temporary of {@code s} is
     * taken out of it, and {@code upstream} is passed through for {@link #propagate} to own.
     */
    private Tensor unbroadcast(Tensor grad, int[] shape, Tensor upstream, TensorScope s) {
        int[] gradShape = grad.shape();
        if (Arrays.equals(gradShape, shape)) {
            return grad == upstream || s.release(grad) ? grad : backend.reshape(grad, shape);
        }
        int lead = gradShape.length - shape.length;
        int[] axes = new int[gradShape.length];
        int count = 0;
        for (int i = 0; i < gradShape.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && gradShape[i] != 1)) {
                axes[count++] = i;
            }
        }
        try (Tensor sum = backend.reduce(ReduceOp.SUM, grad, Arrays.copyOf(axes, count), true)) {
            return backend.reshape(sum, shape);
        }
    }

    /** Places {@code grad} at {@code start} inside zeros of {@code shape}, axis by axis. */
    private Tensor pad(Tensor grad, int[] start, int[] shape, TensorScope s) {
        Tensor current = grad;
        for (int axis = 0; axis < shape.length; axis++) {
            int[] currentShape = current.shape();
            int before = start[axis];
            int after = shape[axis] - before - currentShape[axis];
            if (before == 0 && after == 0) {
                continue;
            }
            List<Tensor> parts = new ArrayList<>(3);
            if (before > 0) {
                parts.add(s.add(zerosLike(currentShape, axis, before)));
            }
            parts.add(current);
            if (after > 0) {
                parts.add(s.add(zerosLike(currentShape, axis, after)));
            }
            current = s.add(backend.concat(parts, axis));
        }
        return backend.reshape(current, shape);
    }

    private Tensor zerosLike(int[] shape, int axis, int extent) {
        int[] zerosShape = shape.clone();
        zerosShape[axis] = extent;
        return backend.full(zerosShape, DType.FLOAT32, 0);
    }

    /**
     * Adds each slice of {@code grad} back at its index along {@code axis}, as a one-hot matmul.
     */
    private Tensor scatterAdd(Tensor grad, Tensor indices, int[] xShape, int axis, TensorScope s) {
        int[] indexShape = indices.shape();
        int indexRank = indexShape.length;
        int gradRank = grad.rank();
        int[] toFront = new int[gradRank];
        int position = 0;
        for (int i = axis; i < axis + indexRank; i++) {
            toFront[position++] = i;
        }
        for (int i = 0; i < axis; i++) {
            toFront[position++] = i;
        }
        for (int i = axis + indexRank; i < gradRank; i++) {
            toFront[position++] = i;
        }
        int count = Shapes.size(indexShape);
        int depth = xShape[axis];
        int[] restShape = new int[xShape.length - 1];
        for (int i = 0, j = 0; i < xShape.length; i++) {
            if (i != axis) {
                restShape[j++] = xShape[i];
            }
        }
        int rest = Shapes.size(restShape);
        Tensor moved = s.add(backend.transpose(grad, toFront));
        Tensor flat = s.add(backend.reshape(moved, new int[] {count, rest}));
        Tensor flatIndices = s.add(backend.reshape(indices, new int[] {count}));
        Tensor hot = s.add(backend.oneHot(flatIndices, depth));
        Tensor summed = s.add(backend.matmul(hot, flat, true, false));
        int[] frontShape = new int[xShape.length];
        frontShape[0] = depth;
        System.arraycopy(restShape, 0, frontShape, 1, restShape.length);
        Tensor front = s.add(backend.reshape(summed, frontShape));
        int[] back = new int[xShape.length];
        for (int i = 0; i < xShape.length; i++) {
            back[i] = i < axis ? i + 1 : (i == axis ? 0 : i);
        }
        return backend.transpose(front, back);
    }

    /**
     * Returns {@code x} under {@code shape} for reading: {@code x} itself when it has that shape
     * already, else a reshaped copy that {@code s} closes.
     */
    private Tensor viewAs(Tensor x, int[] shape, TensorScope s) {
        return Arrays.equals(x.shape(), shape) ? x : s.add(backend.reshape(x, shape));
    }

    /** Returns the new tensor {@code x} under {@code shape}, closing {@code x} if it copies. */
    private Tensor reshapeOwned(Tensor x, int[] shape) {
        if (Arrays.equals(x.shape(), shape)) {
            return x;
        }
        try (x) {
            return backend.reshape(x, shape);
        }
    }

    private Tensor times(Tensor a, Tensor b) {
        return backend.binary(BinaryOp.MUL, a, b);
    }

    private Tensor one(TensorScope s) {
        return s.add(backend.scalar(1));
    }
}
