package org.jkeras.backend.djl;

import java.util.concurrent.atomic.AtomicLong;
import org.jkeras.ndarray.DType;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * A TensorFlow resource variable behind a {@link TfTensor}, created the first time the tensor is
 * updated by one of TensorFlow's training kernels ({@code ResourceApplyAdam}, {@code
 * ResourceApplyGradientDescent}), which update variables in place and take no plain tensors.
 */
final class TfVariable {

    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final TfRuntime runtime;
    private final int typeCode;
    private final TFE_TensorHandle resource;

    private TfVariable(TfRuntime runtime, int typeCode, TFE_TensorHandle resource) {
        this.runtime = runtime;
        this.typeCode = typeCode;
        this.resource = resource;
    }

    /** Creates a variable holding a copy of {@code value}. */
    static TfVariable holding(TfRuntime runtime, DType dtype, int[] shape, TFE_TensorHandle value) {
        int typeCode = EagerOp.typeOf(dtype);
        TFE_TensorHandle resource =
                EagerOp.of(runtime, "VarHandleOp")
                        .type("dtype", typeCode)
                        .shape("shape", shape)
                        .attr("container", "")
                        // A name of its own, as eager variables must not share state.
                        .attr("shared_name", "jkeras_djl_tf_" + NEXT_ID.incrementAndGet())
                        .run();
        TfVariable variable = new TfVariable(runtime, typeCode, resource);
        try {
            EagerOp.of(runtime, "AssignVariableOp")
                    .input(resource)
                    .input(value)
                    .type("dtype", typeCode)
                    .runForEffect();
        } catch (RuntimeException e) {
            variable.destroy();
            throw e;
        }
        return variable;
    }

    /** Returns the resource handle, the first input of TensorFlow's training kernels. */
    TFE_TensorHandle resource() {
        return resource;
    }

    /** Returns a new handle holding the variable's current value. */
    TFE_TensorHandle read() {
        return EagerOp.of(runtime, "ReadVariableOp").input(resource).type("dtype", typeCode).run();
    }

    /** Frees the variable's memory and its handle. */
    void destroy() {
        try {
            EagerOp.of(runtime, "DestroyResourceOp")
                    .input(resource)
                    .attr("ignore_lookup_error", true)
                    .runForEffect();
        } finally {
            tensorflow.TFE_DeleteTensorHandle(resource);
        }
    }
}
