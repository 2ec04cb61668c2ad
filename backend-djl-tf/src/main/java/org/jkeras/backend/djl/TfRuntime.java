package org.jkeras.backend.djl;

import ai.djl.tensorflow.engine.javacpp.JavacppUtils;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.internal.c_api.TFE_Context;
import org.tensorflow.internal.c_api.TF_DeviceList;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;
import org.tensorflow.proto.framework.ConfigProto;

/**
 * The process's one TensorFlow eager context, created after {@link TfNatives#load()}.
 *
 * <p>The context is synchronous: each op has finished when its call returns, so an error (an index
 * out of range, say) surfaces at the op that caused it, and a tensor's memory can be released the
 * moment it is closed. TensorFlow places ops on a GPU when it sees one (with CUDA 11 runtimes on
 * the library path); the system property {@value #DEVICE_PROPERTY}{@code =cpu} hides GPUs.
 */
final class TfRuntime {

    /** Set to {@code cpu} to keep TensorFlow off any GPU it finds. */
    static final String DEVICE_PROPERTY = "jkeras.djl-tf.device";

    /** TFE_DEVICE_PLACEMENT_SILENT: copy inputs to the op's device without complaint. */
    private static final int PLACEMENT_SILENT = 2;

    private static TfRuntime instance;

    private final TFE_Context context;
    private final List<String> devices;
    private final String tensorFlowVersion;

    private TfRuntime(TFE_Context context, List<String> devices, String tensorFlowVersion) {
        this.context = context;
        this.devices = devices;
        this.tensorFlowVersion = tensorFlowVersion;
    }

    /**
     * Returns the runtime, loading TensorFlow and creating the context on first use.
     *
     * @throws IllegalStateException if TensorFlow cannot be loaded here
     */
    static synchronized TfRuntime get() {
        if (instance == null) {
            TfNatives.Loaded loaded = TfNatives.load();
            TFE_Context context;
            try {
                context = JavacppUtils.createEagerSession(false, PLACEMENT_SILENT, config());
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "backend djl-tf is unavailable: TensorFlow loaded but could not create"
                                + " its eager context: "
                                + e,
                        e);
            }
            instance = new TfRuntime(context, listDevices(context), loaded.tensorFlowVersion());
        }
        return instance;
    }

    /** Returns the runtime if it has been created, without creating it. */
    static synchronized TfRuntime ifCreated() {
        return instance;
    }

    TFE_Context context() {
        return context;
    }

    String tensorFlowVersion() {
        return tensorFlowVersion;
    }

    /** Returns whether TensorFlow sees a GPU, on which it then places the ops. */
    boolean onGpu() {
        return devices.stream().anyMatch(name -> name.contains(":GPU:"));
    }

    /** Describes where ops run, such as {@code cpu (TensorFlow 2.10.1)}. */
    String device() {
        String where =
                onGpu()
                        ? "gpu "
                                + devices.stream()
                                        .filter(name -> name.contains(":GPU:"))
                                        .findFirst()
                                        .orElse("")
                        : "cpu";
        return where + " (TensorFlow " + tensorFlowVersion + ")";
    }

    /** Returns the context's configuration: DJL's threads and GPUs, less the GPUs if told. */
    static ConfigProto config() {
        ConfigProto config = JavacppUtils.getSessionConfig();
        if ("cpu".equalsIgnoreCase(System.getProperty(DEVICE_PROPERTY, ""))) {
            return config.toBuilder().putDeviceCount("GPU", 0).build();
        }
        return config;
    }

    private static List<String> listDevices(TFE_Context context) {
        TF_Status status = tensorflow.TF_NewStatus();
        TF_DeviceList list = tensorflow.TFE_ContextListDevices(context, status);
        try {
            TfStatus.check(status, "listing devices");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < tensorflow.TF_DeviceListCount(list); i++) {
                names.add(tensorflow.TF_DeviceListName(list, i, status).getString());
            }
            return List.copyOf(names);
        } finally {
            if (list != null && !list.isNull()) {
                tensorflow.TF_DeleteDeviceList(list);
            }
            tensorflow.TF_DeleteStatus(status);
        }
    }
}
