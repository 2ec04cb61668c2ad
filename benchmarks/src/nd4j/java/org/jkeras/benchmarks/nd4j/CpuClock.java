package org.jkeras.benchmarks.nd4j;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has used, over all its threads (OpenMP's included). On a machine
 * shared with other work it measures the work an epoch takes better than the wall clock does.
 */
final class CpuClock {

    private CpuClock() {}

    /** Returns the process's CPU time in seconds, or NaN where the JVM cannot tell. */
    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
