package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.Test;

/** Checks the float64 reference on values worked out by hand. */
class RefTest {

    @Test
    void broadcastsAColumnAgainstARow() {
        Ref sum = Ref.of(new double[] {1, 2}, 2, 1).binary(BinaryOp.ADD, Ref.vector(10, 20, 30));
        assertArrayEquals(new int[] {2, 3}, sum.shape());
        assertArrayEquals(new double[] {11, 21, 31, 12, 22, 32}, sum.data());
    }

    @Test
    void reducesOverTwoAxesKeepingThem() {
        Ref x = Ref.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2);
        Ref sum = x.reduce(ReduceOp.SUM, new int[] {0, 2}, true);
        assertArrayEquals(new int[] {1, 2, 1}, sum.shape());
        assertArrayEquals(new double[] {1 + 2 + 5 + 6, 3 + 4 + 7 + 8}, sum.data());
    }

    @Test
    void reducesEmptyAxesToTheSpecifiedIdentities() {
        Ref empty = Ref.full(0, 0, 2);
        assertArrayEquals(
                new double[] {0, 0}, empty.reduce(ReduceOp.SUM, new int[] {0}, false).data());
        assertTrue(Double.isNaN(empty.reduce(ReduceOp.MEAN, new int[] {0}, false).get(0)));
        assertEquals(
                Double.NEGATIVE_INFINITY, empty.reduce(ReduceOp.MAX, new int[] {0}, false).get(1));
    }

    @Test
    void argMaxPrefersTheFirstTieAndTheFirstNaN() {
        Ref x = Ref.of(new double[] {3, 1, 3, 2, Double.NaN, 9, Double.NaN, 0}, 2, 4);
        assertArrayEquals(new double[] {0, 0}, x.argMax(1).data());
        assertArrayEquals(new double[] {1}, Ref.vector(1, Double.NaN, 5).argMax(0).data());
    }

    @Test
    void gatherPlacesTheIndexShapeAtTheAxis() {
        Ref x = Ref.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        Ref taken = x.gather(Ref.ofInts(new int[] {2, 0, 1, 1}, 2, 2), 1);
        assertArrayEquals(new int[] {2, 2, 2}, taken.shape());
        assertArrayEquals(new double[] {2, 0, 1, 1, 5, 3, 4, 4}, taken.data());
    }

    @Test
    void transposeAndSliceMoveTheRightElements() {
        Ref x = Ref.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, x.transpose(1, 0).data());
        assertArrayEquals(new double[] {4, 5}, x.slice(new int[] {1, 1}, new int[] {-1, 2}).data());
    }

    @Test
    void logSoftmaxOfLargeLogitsStaysFinite() {
        Ref result = Ref.vector(1000, 1000).logSoftmax(0);
        assertEquals(-Math.log(2), result.get(0), 1e-12);
        assertFalse(Double.isNaN(Ref.vector(1000, 0).softmax(0).get(1)));
    }

    @Test
    void finiteDifferenceMatchesTheDerivativeOfASquare() {
        Ref x = Ref.vector(0.5, -1.5, 2);
        Ref weights = Ref.vector(1, 2, -1);
        Ref grad =
                GradientCases.finiteDifference(
                        List.of(x), 0, weights, inputs -> inputs.get(0).unary(UnaryOp.SQUARE));
        double[] expected = {2 * 0.5 * 1, 2 * -1.5 * 2, 2 * 2 * -1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], grad.get(i), 1e-8);
        }
    }

    @Test
    void toleranceMatchesNaNOnlyWithNaNAndInfinityExactly() {
        Tolerance tolerance = Tolerance.ELEMENTWISE;
        assertTrue(tolerance.accepts(Double.NaN, Double.NaN));
        assertFalse(tolerance.accepts(0, Double.NaN));
        assertFalse(tolerance.accepts(Double.NaN, 0));
        assertFalse(tolerance.accepts(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertFalse(tolerance.accepts(Float.MAX_VALUE, Double.POSITIVE_INFINITY));
        assertTrue(tolerance.accepts(1.000005, 1));
        assertFalse(tolerance.accepts(1.0001, 1));
    }
}
