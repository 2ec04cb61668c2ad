package org.jkeras.backend.djl;

import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;

/** Turns a TensorFlow status into the Java exception the SPI promises. */
final class TfStatus {

    /** TF_INVALID_ARGUMENT, the code of TensorFlow's argument and index errors. */
    private static final int INVALID_ARGUMENT = 3;

    private TfStatus() {}

    /**
     * Throws if {@code status} holds an error: {@link IllegalArgumentException} for TensorFlow's
     * invalid-argument errors, {@link IllegalStateException} for any other failure.
     */
    static void check(TF_Status status, String what) {
        int code = tensorflow.TF_GetCode(status);
        if (code == 0) {
            return;
        }
        String message =
                what + ": TensorFlow reported " + tensorflow.TF_Message(status).getString();
        if (code == INVALID_ARGUMENT) {
            throw new IllegalArgumentException(message);
        }
        throw new IllegalStateException(message + " (status code " + code + ")");
    }
}
