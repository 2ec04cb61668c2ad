package org.jkeras.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which loops {@link Parallel} shares across threads, and that sharing covers each index once. */
class ParallelTest {

    @Test
    void loopOfExactlyOneChunkRunsWholeOnTheCallingThread() {
        List<Thread> threads = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int count = (int) Parallel.THRESHOLD;
        Parallel.forRange(
                count,
                1,
                (from, to) -> {
                    threads.add(Thread.currentThread());
                    ranges.add(new int[] {from, to});
                });
        assertEquals(List.of(Thread.currentThread()), threads);
        assertArrayEquals(new int[] {0, count}, ranges.get(0));
    }

    @Test
    void loopOfSeveralChunksVisitsEveryIndexOnce() {
        int count = (int) Parallel.THRESHOLD * 4 + 3;
        int[] visits = new int[count];
        Parallel.forRange(
                count,
                1,
                (from, to) -> {
                    for (int i = from; i < to; i++) {
                        visits[i]++;
                    }
                });
        int[] once = new int[count];
        Arrays.fill(once, 1);
        assertArrayEquals(once, visits);
    }
}
