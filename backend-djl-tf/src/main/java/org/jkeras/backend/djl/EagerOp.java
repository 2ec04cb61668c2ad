package org.jkeras.backend.djl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.jkeras.ndarray.DType;
import org.tensorflow.internal.c_api.TFE_Op;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * Runs one raw TensorFlow op eagerly through the C API that DJL ships ({@code
 * org.tensorflow.internal.c_api}): the backend's only path to TensorFlow.
 *
 * <p>DJL's own NDArray lacks several ops the SPI needs (GatherV2, the fused training kernels) and
 * its op executor is package-private, so every op goes through here instead, with the op's
 * TensorFlow name, its inputs and its attributes:
 *
 * <pre>{@code
 * TFE_TensorHandle sum = EagerOp.of(runtime, "AddV2").input(a).input(b).run();
 * }</pre>
 *
 * <p>Attributes TensorFlow can infer from the inputs (such as {@code T}) are left to it. The op is
 * freed when it has run; outputs belong to the caller, who wraps them in a {@link TfTensor}.
 */
final class EagerOp {

    /** TF_FLOAT. */
    static final int FLOAT = 1;

    /** TF_INT32. */
    static final int INT32 = 3;

    private static final int MAX_OUTPUTS = 4;

    /** Per-thread scratch for the status and output slots, so an op allocates neither. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final String name;
    private final TFE_Op op;
    private final TF_Status status;

    private EagerOp(String name, TFE_Op op, TF_Status status) {
        this.name = name;
        this.op = op;
        this.status = status;
    }

    /** Starts the op {@code name} (TensorFlow's op name, such as {@code MatMul}). */
    static EagerOp of(TfRuntime runtime, String name) {
        TF_Status status = SCRATCH.get().status;
        TFE_Op op = tensorflow.TFE_NewOp(runtime.context(), name, status);
        TfStatus.check(status, name);
        return new EagerOp(name, op, status);
    }

    /** Returns TensorFlow's code for an element type. */
    static int typeOf(DType dtype) {
        return dtype == DType.FLOAT32 ? FLOAT : INT32;
    }

    /** Adds the next input. */
    EagerOp input(TFE_TensorHandle handle) {
        tensorflow.TFE_OpAddInput(op, handle, status);
        checkOrDelete();
        return this;
    }

    /** Adds a list input, such as the values of {@code ConcatV2}. */
    EagerOp inputs(List<TFE_TensorHandle> handles) {
        try (PointerPointer<TFE_TensorHandle> list = new PointerPointer<>(handles.size())) {
            for (int i = 0; i < handles.size(); i++) {
                list.put(i, handles.get(i));
            }
            tensorflow.TFE_OpAddInputList(op, list, handles.size(), status);
        }
        checkOrDelete();
        return this;
    }

    EagerOp attr(String attribute, long value) {
        tensorflow.TFE_OpSetAttrInt(op, attribute, value);
        return this;
    }

    EagerOp attr(String attribute, boolean value) {
        tensorflow.TFE_OpSetAttrBool(op, attribute, (byte) (value ? 1 : 0));
        return this;
    }

    EagerOp attr(String attribute, float value) {
        tensorflow.TFE_OpSetAttrFloat(op, attribute, value);
        return this;
    }

    EagerOp attr(String attribute, String value) {
        try (BytePointer bytes = new BytePointer(value.getBytes(StandardCharsets.UTF_8))) {
            tensorflow.TFE_OpSetAttrString(op, attribute, bytes, bytes.limit());
        }
        return this;
    }

    /** Sets a shape attribute. */
    EagerOp shape(String attribute, int[] dims) {
        long[] longs = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            longs[i] = dims[i];
        }
        tensorflow.TFE_OpSetAttrShape(op, attribute, longs, longs.length, status);
        checkOrDelete();
        return this;
    }

    /** Sets a type attribute to a TensorFlow type code ({@link #FLOAT}, {@link #INT32}). */
    EagerOp type(String attribute, int typeCode) {
        tensorflow.TFE_OpSetAttrType(op, attribute, typeCode);
        return this;
    }

    /** Runs an op with one output and returns it. */
    TFE_TensorHandle run() {
        return run(1)[0];
    }

    /** Runs the op and returns its first {@code count} outputs; the op is freed either way. */
    TFE_TensorHandle[] run(int count) {
        Scratch scratch = SCRATCH.get();
        try {
            scratch.count.put(0, MAX_OUTPUTS);
            tensorflow.TFE_Execute(op, scratch.outputs, scratch.count, status);
            TfStatus.check(status, name);
            int produced = scratch.count.get(0);
            TFE_TensorHandle[] all = new TFE_TensorHandle[produced];
            for (int i = 0; i < produced; i++) {
                all[i] = scratch.outputs.get(TFE_TensorHandle.class, i);
            }
            for (int i = count; i < produced; i++) {
                tensorflow.TFE_DeleteTensorHandle(all[i]);
            }
            TFE_TensorHandle[] kept = new TFE_TensorHandle[count];
            System.arraycopy(all, 0, kept, 0, count);
            return kept;
        } finally {
            tensorflow.TFE_DeleteOp(op);
        }
    }

    /** Runs an op without outputs, such as {@code AssignVariableOp}. */
    void runForEffect() {
        Scratch scratch = SCRATCH.get();
        try {
            scratch.count.put(0, 0);
            tensorflow.TFE_Execute(op, scratch.outputs, scratch.count, status);
            TfStatus.check(status, name);
        } finally {
            tensorflow.TFE_DeleteOp(op);
        }
    }

    private void checkOrDelete() {
        if (tensorflow.TF_GetCode(status) != 0) {
            tensorflow.TFE_DeleteOp(op);
            TfStatus.check(status, name);
        }
    }

    /** A thread's reusable status and output slots; they live as long as the thread. */
    private static final class Scratch {
        final TF_Status status = tensorflow.TF_NewStatus();
        final PointerPointer<TFE_TensorHandle> outputs = new PointerPointer<>(MAX_OUTPUTS);
        final IntPointer count = new IntPointer(1);
    }
}
