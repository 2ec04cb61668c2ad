package org.jkeras.spi;

import java.util.Objects;

/**
 * Whether a backend can run in this process, and if not, why: for example that its native library
 * failed to load.
 *
 * @param available whether {@link BackendProvider#create()} will succeed
 * @param reason empty when available; otherwise what failed, for the user to read
 */
public record Availability(boolean available, String reason) {

    /** Checks that an unavailable backend always says why. */
    public Availability {
        Objects.requireNonNull(reason, "reason");
        if (!available && reason.isBlank()) {
            throw new IllegalArgumentException("reason: an unavailable backend must say why");
        }
    }

    /** Returns the availability of a backend that can run. */
    public static Availability ok() {
        return new Availability(true, "");
    }

    /** Returns the availability of a backend that cannot run, with the reason. */
    public static Availability unavailable(String reason) {
        return new Availability(false, reason);
    }
}
