package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Broadcasting, reductions and transposes on many random shapes, against a reference that computes
 * every output element from its coordinates. The backend merges and drops dimensions before it
 * loops; these shapes, with their dimensions of size 0 and 1, exercise every way that can go.
 */
class RandomShapesTest {

    private static final int TRIALS = 300;

    private final CpuBackend backend = new CpuBackend();
    private final Random random = new Random(42);

    private int[] randomShape(int maxRank) {
        int[] shape = new int[random.nextInt(maxRank + 1)];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = random.nextInt(10) < 2 ? 1 : random.nextInt(4);
        }
        return shape;
    }

    /** Returns a shape that broadcasts with {@code shape}: a suffix with some dimensions 1. */
    private int[] compatibleShape(int[] shape) {
        int rank = random.nextInt(shape.length + 1);
        int[] out = Arrays.copyOfRange(shape, shape.length - rank, shape.length);
        for (int d = 0; d < rank; d++) {
            if (random.nextInt(3) == 0) {
                out[d] = 1;
            }
        }
        return out;
    }

    private float[] data(int[] shape) {
        float[] out = new float[Shapes.size(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = random.nextInt(100) - 50;
        }
        return out;
    }

    /** Returns the row-major coordinates of flat position {@code index} in {@code shape}. */
    private static int[] coordinates(int index, int[] shape) {
        int[] coords = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            coords[d] = index % shape[d];
            index /= shape[d];
        }
        return coords;
    }

    /** Reads {@code data} of {@code shape} at output coordinates, stretching dimensions of 1. */
    private static float broadcastRead(float[] data, int[] shape, int[] outCoords) {
        int lead = outCoords.length - shape.length;
        int offset = 0;
        for (int d = 0; d < shape.length; d++) {
            int c = shape[d] == 1 ? 0 : outCoords[lead + d];
            offset = offset * shape[d] + c;
        }
        return data[offset];
    }

    @Test
    void broadcastSubtractionMatchesTheCoordinateDefinition() {
        for (int trial = 0; trial < TRIALS; trial++) {
            int[] big = randomShape(4);
            int[] small = compatibleShape(big);
            boolean swap = random.nextBoolean();
            int[] aShape = swap ? small : big;
            int[] bShape = swap ? big : small;
            float[] a = data(aShape);
            float[] b = data(bShape);

            Tensor result =
                    backend.binary(
                            BinaryOp.SUB, floats(backend, a, aShape), floats(backend, b, bShape));

            int[] outShape = Shapes.broadcast(aShape, bShape);
            float[] expected = new float[Shapes.size(outShape)];
            for (int i = 0; i < expected.length; i++) {
                int[] c = coordinates(i, outShape);
                expected[i] = broadcastRead(a, aShape, c) - broadcastRead(b, bShape, c);
            }
            String label = Arrays.toString(aShape) + " - " + Arrays.toString(bShape);
            assertArrayEquals(outShape, result.shape(), label);
            assertArrayEquals(expected, values(backend, result), label);
        }
    }

    @Test
    void sumOverRandomAxesMatchesTheCoordinateDefinition() {
        for (int trial = 0; trial < TRIALS; trial++) {
            int[] shape = randomShape(4);
            boolean[] reduced = new boolean[shape.length];
            int count = 0;
            for (int d = 0; d < shape.length; d++) {
                reduced[d] = random.nextBoolean();
                count += reduced[d] ? 1 : 0;
            }
            int[] axes = new int[count];
            for (int d = 0, j = 0; d < shape.length; d++) {
                if (reduced[d]) {
                    axes[j++] = d;
                }
            }
            float[] x = data(shape);

            Tensor sum = backend.reduce(ReduceOp.SUM, floats(backend, x, shape), axes, true);

            int[] outShape = Shapes.reducedShape(shape, axes, true);
            float[] expected = new float[Shapes.size(outShape)];
            for (int i = 0; i < x.length; i++) {
                int[] c = coordinates(i, shape);
                int offset = 0;
                for (int d = 0; d < shape.length; d++) {
                    offset = offset * outShape[d] + (reduced[d] ? 0 : c[d]);
                }
                expected[offset] += x[i];
            }
            String label = Arrays.toString(shape) + " over " + Arrays.toString(axes);
            assertArrayEquals(outShape, sum.shape(), label);
            assertArrayEquals(expected, values(backend, sum), label);
        }
    }

    @Test
    void transposeByRandomPermutationsMatchesTheCoordinateDefinition() {
        for (int trial = 0; trial < TRIALS; trial++) {
            int[] shape = randomShape(5);
            int[] permutation = Shapes.allAxes(shape.length);
            for (int i = permutation.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = permutation[i];
                permutation[i] = permutation[j];
                permutation[j] = swap;
            }
            float[] x = data(shape);

            Tensor transposed = backend.transpose(floats(backend, x, shape), permutation);

            int[] outShape = new int[shape.length];
            for (int i = 0; i < shape.length; i++) {
                outShape[i] = shape[permutation[i]];
            }
            int[] strides = Shapes.strides(shape);
            float[] expected = new float[x.length];
            for (int i = 0; i < expected.length; i++) {
                int[] c = coordinates(i, outShape);
                int offset = 0;
                for (int d = 0; d < c.length; d++) {
                    offset += c[d] * strides[permutation[d]];
                }
                expected[i] = x[offset];
            }
            String label = Arrays.toString(shape) + " by " + Arrays.toString(permutation);
            assertArrayEquals(outShape, transposed.shape(), label);
            assertArrayEquals(expected, values(backend, transposed), label);
        }
    }
}
