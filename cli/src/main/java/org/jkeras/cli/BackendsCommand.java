package org.jkeras.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jkeras.spi.BackendInfo;
import org.jkeras.spi.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jkeras backends}: every backend found, and whether it can run here. */
@Command(
        name = "backends",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every backend found on the classpath: name, version, device, rank, and"
                    + " whether it is available (and why not).",
            "A model that names no backend runs on the available one of highest rank."
        })
final class BackendsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ClasspathOption classpath;

    @Override
    public Integer call() {
        classpath.install();
        List<BackendInfo> backends = Backends.list();
        if (backends.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "jkeras backends: no backend found on the classpath. Add a backend's"
                                    + " jars with --classpath or JKERAS_CLASSPATH.");
            return Main.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("NAME", "VERSION", "DEVICE", "RANK", "AVAILABLE");
        for (BackendInfo info : backends) {
            table.row(
                    info.name(),
                    info.version(),
                    info.device(),
                    Integer.toString(info.rank()),
                    info.availability().available()
                            ? "yes"
                            : "no: " + info.availability().reason());
        }
        table.print(out);
        return 0;
    }
}
