package org.jkeras.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jkeras.spi.BackendInfo;
import org.jkeras.spi.Backends;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks backend names given on the command line against the backends found. */
final class BackendNames {

    private BackendNames() {}

    /**
     * Checks that {@code name}, given with {@code option}, names an available backend.
     *
     * @throws ParameterException if no backend has that name, or it cannot run here
     */
    static void requireAvailable(CommandSpec spec, String option, String name) {
        List<BackendInfo> found = Backends.list();
        Optional<BackendInfo> match =
                found.stream().filter(info -> info.name().equals(name)).findFirst();
        if (match.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    option
                            + " must name a backend found on the classpath ("
                            + (found.isEmpty() ? "none found" : names(found))
                            + "; add a backend's jars with --classpath or JKERAS_CLASSPATH)."
                            + " Received: "
                            + name);
        }
        if (!match.get().availability().available()) {
            throw new ParameterException(
                    spec.commandLine(),
                    option
                            + " must name an available backend ("
                            + name
                            + " is not: "
                            + match.get().availability().reason()
                            + "). Received: "
                            + name);
        }
    }

    private static String names(List<BackendInfo> found) {
        return found.stream().map(BackendInfo::name).collect(Collectors.joining(", "));
    }
}
