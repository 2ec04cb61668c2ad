package org.jkeras.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jkeras.Shuffle;
import org.jkeras.random.SeededRandom;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void splitTakesTheFloorOfTheTrainingFraction() {
        assertEquals(7, Batches.splitAt(10, 0.25));
    }

    @Test
    void zeroSplitKeepsEverySampleForTraining() {
        assertEquals(10, Batches.splitAt(10, 0.0));
    }

    @Test
    void splitLeavingNoTrainingSampleIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Batches.splitAt(1, 0.5));
        assertTrue(e.getMessage().endsWith("Received: 0.5"), e.getMessage());
    }

    @Test
    void splitOfOneIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Batches.splitAt(10, 1.0));
        assertEquals("validationSplit must be in [0, 1). Received: 1.0", e.getMessage());
    }

    @Test
    void lastPartialBatchIsCounted() {
        assertEquals(4, Batches.count(10, 3));
        assertEquals(1, Batches.count(1, 32));
    }

    @Test
    void noShuffleKeepsTheGivenOrder() {
        assertArrayEquals(
                new int[] {0, 1, 2, 3}, Batches.order(4, 2, Shuffle.FALSE, new SeededRandom(1)));
    }

    @Test
    void shuffleVisitsEverySampleOnce() {
        int[] order = Batches.order(50, 8, Shuffle.TRUE, new SeededRandom(3));
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Batches.order(50, 8, Shuffle.FALSE, null), sorted);
    }

    @Test
    void batchShuffleMovesWholeBatchesAndKeepsThePartialOneLast() {
        int[] order = Batches.order(11, 3, Shuffle.BATCH, new SeededRandom(5));
        for (int b = 0; b < 3; b++) {
            int first = order[b * 3];
            assertEquals(0, first % 3);
            assertArrayEquals(
                    new int[] {first, first + 1, first + 2},
                    Arrays.copyOfRange(order, b * 3, b * 3 + 3));
        }
        assertArrayEquals(new int[] {9, 10}, Arrays.copyOfRange(order, 9, 11));
    }
}
