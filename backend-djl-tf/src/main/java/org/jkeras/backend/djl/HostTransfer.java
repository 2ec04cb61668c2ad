package org.jkeras.backend.djl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.Pointer;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.TF_Tensor;
import org.tensorflow.internal.c_api.global.tensorflow;

/** Copies arrays between the JVM heap and TensorFlow tensors. */
final class HostTransfer {

    private HostTransfer() {}

    /** Returns a new handle holding a copy of {@code floats} under {@code shape}. */
    static TFE_TensorHandle upload(int[] shape, float[] floats) {
        TF_Tensor tensor = allocate(shape, EagerOp.FLOAT, 4L * floats.length);
        if (floats.length > 0) {
            buffer(tensor, 4L * floats.length).asFloatBuffer().put(floats);
        }
        return toHandle(tensor);
    }

    /** Returns a new handle holding a copy of {@code ints} under {@code shape}. */
    static TFE_TensorHandle upload(int[] shape, int[] ints) {
        TF_Tensor tensor = allocate(shape, EagerOp.INT32, 4L * ints.length);
        if (ints.length > 0) {
            buffer(tensor, 4L * ints.length).asIntBuffer().put(ints);
        }
        return toHandle(tensor);
    }

    /** Copies a tensor's elements to a new host array. */
    static NDArray download(TfTensor tensor, TFE_TensorHandle handle) {
        int[] shape = tensor.dims();
        int size = Shapes.size(shape);
        if (size == 0) {
            return NDArray.zeros(tensor.dtype(), shape);
        }
        TF_Status status = tensorflow.TF_NewStatus();
        TF_Tensor resolved = tensorflow.TFE_TensorHandleResolve(handle, status);
        try {
            TfStatus.check(status, "toHost");
            ByteBuffer data = buffer(resolved, 4L * size);
            if (tensor.dtype() == DType.FLOAT32) {
                float[] floats = new float[size];
                data.asFloatBuffer().get(floats);
                return NDArray.of(floats, shape);
            }
            int[] ints = new int[size];
            data.asIntBuffer().get(ints);
            return NDArray.of(ints, shape);
        } finally {
            if (resolved != null && !resolved.isNull()) {
                tensorflow.TF_DeleteTensor(resolved);
            }
            tensorflow.TF_DeleteStatus(status);
        }
    }

    private static TF_Tensor allocate(int[] shape, int type, long bytes) {
        long[] dims = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            dims[i] = shape[i];
        }
        TF_Tensor tensor = tensorflow.TF_AllocateTensor(type, dims, dims.length, bytes);
        if (tensor == null || tensor.isNull()) {
            throw new IllegalStateException(
                    "TensorFlow could not allocate " + bytes + " bytes for a tensor");
        }
        return tensor;
    }

    private static ByteBuffer buffer(TF_Tensor tensor, long bytes) {
        Pointer data = tensorflow.TF_TensorData(tensor).capacity(bytes).limit(bytes);
        return data.asByteBuffer().order(ByteOrder.nativeOrder());
    }

    /** Wraps a freshly written tensor in an eager handle, which then holds the only reference. */
    private static TFE_TensorHandle toHandle(TF_Tensor tensor) {
        TF_Status status = tensorflow.TF_NewStatus();
        try {
            TFE_TensorHandle handle = tensorflow.TFE_NewTensorHandle(tensor, status);
            TfStatus.check(status, "fromHost");
            return handle;
        } finally {
            tensorflow.TF_DeleteTensor(tensor);
            tensorflow.TF_DeleteStatus(status);
        }
    }
}
