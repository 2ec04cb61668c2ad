package org.jkeras.backend.cpu.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class GemmThreadsTest {

    private static int[] runCounts(int shares) {
        AtomicIntegerArray counts = new AtomicIntegerArray(shares);
        GemmThreads.runShares(shares, counts::incrementAndGet);
        int[] values = new int[shares];
        for (int share = 0; share < shares; share++) {
            values[share] = counts.get(share);
        }
        return values;
    }

    @Test
    void runsEveryShareExactlyOnce() {
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, runCounts(5));
    }

    @Test
    void rethrowsAShareFailureOnTheCallingThread() {
        IllegalStateException error =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                GemmThreads.runShares(
                                        3,
                                        share -> {
                                            if (share == 2) {
                                                throw new IllegalStateException("share 2 failed");
                                            }
                                        }));

        assertEquals("share 2 failed", error.getMessage());
    }

    @Test
    void productsFromTwoCallersAtOnceBothRunEveryShare() throws Exception {
        CompletableFuture<int[]> first = CompletableFuture.supplyAsync(() -> runCounts(64));
        CompletableFuture<int[]> second = CompletableFuture.supplyAsync(() -> runCounts(64));

        int[] ones = new int[64];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, first.get(30, TimeUnit.SECONDS));
        assertArrayEquals(ones, second.get(30, TimeUnit.SECONDS));
    }
}
