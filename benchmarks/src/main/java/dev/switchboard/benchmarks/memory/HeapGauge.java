package dev.switchboard.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap in use after full collections, as the {@link MemoryMXBean} reports it: collected
 * {@value #COLLECTIONS} times, keeping the smallest reading, so garbage left by finalisation or
 * reference processing after the first collection does not count.
 */
final class HeapGauge {
    static final int COLLECTIONS = 4;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapGauge() {
    }

    /** Bytes of heap in use after collecting garbage. */
    static long usedAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            least = Math.min(least, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
