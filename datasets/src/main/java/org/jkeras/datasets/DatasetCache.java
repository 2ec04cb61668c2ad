package org.jkeras.datasets;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where downloaded datasets are kept: {@code $JKERAS_HOME/datasets}, or {@code ~/.jkeras/datasets}
 * when the variable is not set, as Keras keeps them in {@code ~/.keras/datasets}.
 */
public final class DatasetCache {

    /** The environment variable naming jkeras's home folder. */
    public static final String HOME_VARIABLE = "JKERAS_HOME";

    private DatasetCache() {}

    /** Returns the cache folder for this process's environment and user. */
    public static Path folder() {
        return folder(System::getenv, System.getProperty("user.home"));
    }

    static Path folder(UnaryOperator<String> environment, String userHome) {
        String home = environment.apply(HOME_VARIABLE);
        Path root = home == null || home.isBlank() ? Path.of(userHome, ".jkeras") : Path.of(home);
        return root.resolve("datasets");
    }
}
