package org.jkeras.backend.nd4j;

import java.util.function.Supplier;
import org.jkeras.spi.Availability;

/**
 * Loads ND4J's native library once, on first need, and remembers whether that worked. A failed load
 * is caught whatever it throws ({@code UnsatisfiedLinkError}, {@code ExceptionInInitializerError},
 * {@code NoClassDefFoundError}), so discovery never brings the JVM down; the reason is kept for
 * {@link Availability}.
 */
final class NativeProbe {

    private NativeProbe() {}

    /**
     * What loading the natives gave.
     *
     * @param availability whether the backend can run, and why not
     * @param device the device ND4J computes on, or why there is none
     */
    record Outcome(Availability availability, String device) {}

    /** Holds the outcome; the JVM runs the probe when this class is first touched. */
    private static final class Loaded {
        static final Outcome OUTCOME = probe(Nd4jBackend::device);
    }

    static Availability availability() {
        return Loaded.OUTCOME.availability();
    }

    static String device() {
        return Loaded.OUTCOME.device();
    }

    /** Asks ND4J for its device, which loads the natives, and turns any failure into a reason. */
    static Outcome probe(Supplier<String> device) {
        try {
            return new Outcome(Availability.ok(), device.get());
        } catch (Throwable e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(
                    Availability.unavailable(
                            "ND4J's native library did not load ("
                                    + e
                                    + (cause == e ? "" : ", caused by " + cause)
                                    + "). Put org.nd4j:nd4j-native with the classifier of this"
                                    + " platform (linux-x86_64, -avx2 or -avx512) on the"
                                    + " classpath, or pick another backend."),
                    "none (natives did not load)");
        }
    }
}
