package org.jkeras.optimizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * The per-parameter slot tensors of an optimizer (momenta, accumulators): made on the backend at
 * the first update, zeros or the values a {@code setWeights} call left pending, and read and
 * written in Keras's order, slot kind by slot kind, each kind over every parameter.
 */
final class SlotStore {

    private Backend backend;
    private List<Tensor[]> perParam;
    private List<NDArray> pending;

    /** Returns the slots of parameter {@code index}, after {@link #prepare}. */
    Tensor[] get(int index) {
        return perParam.get(index);
    }

    /**
     * Makes sure there are {@code count} slots per parameter, shaped like it. Checks everything
     * before it changes anything.
     *
     * @throws IllegalArgumentException if the parameters are not those of earlier updates, or do
     *     not fit the slot values set by {@code setWeights}
     */
    void prepare(Backend on, List<Tensor> params, int count) {
        if (perParam != null) {
            checkSameParams(params);
            if (slotCount() != count) {
                // A hyperparameter that changes the slots (momentum, amsgrad) starts them afresh.
                release();
                create(on, params, count, null);
            }
            return;
        }
        if (pending != null) {
            checkPending(params, count);
        }
        create(on, params, count, pending);
        pending = null;
    }

    private int slotCount() {
        return perParam.isEmpty() ? 0 : perParam.get(0).length;
    }

    private void checkSameParams(List<Tensor> params) {
        if (params.size() != perParam.size()) {
            throw new IllegalArgumentException(
                    "params must be the "
                            + perParam.size()
                            + " tensors of earlier updates (call release() to start afresh)."
                            + " Received: "
                            + params.size()
                            + " tensors");
        }
        for (int i = 0; i < params.size(); i++) {
            Tensor[] slots = perParam.get(i);
            if (slots.length > 0 && !Arrays.equals(slots[0].shape(), params.get(i).shape())) {
                throw new IllegalArgumentException(
                        "params["
                                + i
                                + "] must keep the shape "
                                + Arrays.toString(slots[0].shape())
                                + " it had in earlier updates. Received: "
                                + Arrays.toString(params.get(i).shape()));
            }
        }
    }

    private void checkPending(List<Tensor> params, int count) {
        int expected = count * params.size();
        if (pending.size() != expected) {
            throw new IllegalArgumentException(
                    "the optimizer weights set by setWeights must hold "
                            + count
                            + " slot arrays for each of the "
                            + params.size()
                            + " parameters ("
                            + expected
                            + " after the iteration count). Received: "
                            + pending.size());
        }
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < params.size(); i++) {
                int[] shape = pending.get(k * params.size() + i).shape();
                int[] paramShape = params.get(i).shape();
                if (!Arrays.equals(shape, paramShape)) {
                    throw new IllegalArgumentException(
                            "optimizer weight "
                                    + (1 + k * params.size() + i)
                                    + " set by setWeights must have the shape of params["
                                    + i
                                    + "] "
                                    + Arrays.toString(paramShape)
                                    + ". Received: "
                                    + Arrays.toString(shape));
                }
            }
        }
    }

    private void create(Backend on, List<Tensor> params, int count, List<NDArray> values) {
        backend = on;
        perParam = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            Tensor[] slots = new Tensor[count];
            for (int k = 0; k < count; k++) {
                slots[k] =
                        values == null
                                ? on.full(params.get(i).shape(), DType.FLOAT32, 0)
                                : on.fromHost(values.get(k * params.size() + i));
            }
            perParam.add(slots);
        }
    }

    /** Returns the slot values, kind by kind, or the pending ones not yet on a backend. */
    List<NDArray> toHost() {
        if (pending != null) {
            return pending;
        }
        if (perParam == null) {
            return List.of();
        }
        List<NDArray> out = new ArrayList<>();
        for (int k = 0; k < slotCount(); k++) {
            for (Tensor[] slots : perParam) {
                out.add(backend.toHost(slots[k]));
            }
        }
        return out;
    }

    /**
     * Sets the slot values, kind by kind; with no values, drops the slots so the next update starts
     * from zeros. Before the first update the values wait for it.
     *
     * @param count the slots per parameter the optimizer keeps now
     * @throws IllegalArgumentException if the values do not fit the slots; nothing is changed
     */
    void restore(List<NDArray> values, int count) {
        if (values.isEmpty()) {
            release();
            return;
        }
        if (perParam == null) {
            if (count == 0 || values.size() % count != 0) {
                throw new IllegalArgumentException(
                        "weights must hold the iteration count then "
                                + count
                                + " slot arrays per parameter. Received: 1 + "
                                + values.size()
                                + " arrays");
            }
            pending = List.copyOf(values);
            return;
        }
        int expected = slotCount() * perParam.size();
        if (values.size() != expected) {
            throw new IllegalArgumentException(
                    "weights must hold "
                            + (1 + expected)
                            + " arrays (the iteration count, then "
                            + slotCount()
                            + " slot arrays for each of "
                            + perParam.size()
                            + " parameters). Received: "
                            + (1 + values.size()));
        }
        for (int i = 0; i < values.size(); i++) {
            int[] shape = perParam.get(i % perParam.size())[i / perParam.size()].shape();
            if (!Arrays.equals(shape, values.get(i).shape())) {
                throw new IllegalArgumentException(
                        "weights["
                                + (i + 1)
                                + "] must have the shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + Arrays.toString(values.get(i).shape()));
            }
        }
        for (int i = 0; i < values.size(); i++) {
            Tensor slot = perParam.get(i % perParam.size())[i / perParam.size()];
            try (Tensor value = backend.fromHost(values.get(i))) {
                backend.assign(slot, value);
            }
        }
    }

    /** Closes every slot and forgets pending values. */
    void release() {
        if (perParam != null) {
            for (Tensor[] slots : perParam) {
                for (Tensor slot : slots) {
                    slot.close();
                }
            }
        }
        perParam = null;
        pending = null;
        backend = null;
    }
}
