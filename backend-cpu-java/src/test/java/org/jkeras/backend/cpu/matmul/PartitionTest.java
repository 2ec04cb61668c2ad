package org.jkeras.backend.cpu.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartitionTest {

    private static int[] bounds(Partition partition) {
        int[] bounds = new int[partition.shares + 1];
        for (int share = 0; share <= partition.shares; share++) {
            bounds[share] = partition.start(share);
        }
        return bounds;
    }

    @Test
    void splitsRowsInWholeTilesWhenThereAreMoreRowTiles() {
        Partition partition = Partition.of(100, 64, 12, 32, 2);

        assertTrue(partition.byRows);
        assertArrayEquals(new int[] {0, 60, 100}, bounds(partition));
    }

    @Test
    void splitsColumnsWhenThereAreMoreColumnTiles() {
        Partition partition = Partition.of(128, 784, 12, 32, 2);

        assertFalse(partition.byRows);
        assertArrayEquals(new int[] {0, 416, 784}, bounds(partition));
    }

    @Test
    void usesNoMoreSharesThanTiles() {
        Partition partition = Partition.of(5, 3, 12, 32, 4);

        assertEquals(1, partition.shares);
        assertEquals(5, partition.end(0));
    }
}
