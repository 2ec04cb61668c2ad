package org.jkeras.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShapesTest {

    @Test
    void broadcastAlignsTrailingDimensions() {
        assertArrayEquals(
                new int[] {4, 2, 3}, Shapes.broadcast(new int[] {4, 1, 3}, new int[] {2, 1}));
    }

    @Test
    void broadcastWithAScalarKeepsTheOtherShape() {
        assertArrayEquals(new int[] {2, 0}, Shapes.broadcast(new int[0], new int[] {2, 0}));
    }

    @Test
    void incompatibleShapesAreNamed() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Shapes.broadcast(new int[] {2, 3}, new int[] {4}));

        assertEquals(
                "shapes [2, 3] and [4] cannot be broadcast: dimension 1 is 3 vs 4", e.getMessage());
    }

    @Test
    void negativeAxesCountFromTheEnd() {
        assertEquals(2, Shapes.normalizeAxis(-1, 3));
    }

    @Test
    void outOfRangeAxisSaysTheRange() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Shapes.normalizeAxis(3, 2));

        assertEquals("axis must be in [-2, 2). Received: 3", e.getMessage());
    }

    @Test
    void reducedShapeDropsOrKeepsAxes() {
        assertArrayEquals(
                new int[] {2}, Shapes.reducedShape(new int[] {2, 3, 4}, new int[] {1, -1}, false));
        assertArrayEquals(
                new int[] {2, 1, 1},
                Shapes.reducedShape(new int[] {2, 3, 4}, new int[] {1, 2}, true));
    }

    @Test
    void repeatedAxesAreRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> Shapes.normalizeAxes(new int[] {1, -1}, 2));
    }

    @Test
    void stridesAreRowMajor() {
        assertArrayEquals(new int[] {12, 4, 1}, Shapes.strides(new int[] {2, 3, 4}));
    }
}
