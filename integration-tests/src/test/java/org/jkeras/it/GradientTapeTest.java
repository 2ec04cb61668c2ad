package org.jkeras.it;

import static org.jkeras.it.MathFixtures.assertClose;
import static org.jkeras.it.MathFixtures.assertGradientsMatchFiniteDifferences;
import static org.jkeras.it.MathFixtures.awayFromZero;
import static org.jkeras.it.MathFixtures.gradients;
import static org.jkeras.it.MathFixtures.host;
import static org.jkeras.it.MathFixtures.positive;
import static org.jkeras.it.MathFixtures.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradientTapeTest {

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = UnaryOp.class,
            names = {"NEG", "ABS", "SQUARE", "EXP", "EXPM1", "TANH", "SIGMOID", "RELU"})
    void unaryGradientMatchesFiniteDifferencesAwayFromZero(UnaryOp op) {
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> tape.unary(op, in.get(0)), awayFromZero(1, 2, 3));
    }

    @ParameterizedTest
    @EnumSource(
            value = UnaryOp.class,
            names = {"SQRT", "LOG", "LOG1P", "RECIPROCAL"})
    void unaryGradientMatchesFiniteDifferencesOnPositiveInputs(UnaryOp op) {
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> tape.unary(op, in.get(0)), positive(2, 3, 2));
    }

    @ParameterizedTest
    @EnumSource(
            value = UnaryOp.class,
            names = {"SIGN", "FLOOR", "CEIL", "ROUND"})
    void stepFunctionsHaveZeroGradient(UnaryOp op) {
        float[] grad =
                gradients(backend, (tape, in) -> tape.unary(op, in.get(0)), random(3, 2, 2)).get(0);
        assertArrayEquals(new float[4], grad);
    }

    @Test
    void reluGradientAtZeroIsZero() {
        NDArray x = NDArray.of(new float[] {-1, 0, 2});
        float[] grad =
                gradients(backend, (tape, in) -> tape.unary(UnaryOp.RELU, in.get(0)), x).get(0);
        assertArrayEquals(new float[] {0, 0, 1}, grad);
    }

    @Test
    void absGradientAtZeroIsZero() {
        NDArray x = NDArray.of(new float[] {-1, 0, 2});
        float[] grad =
                gradients(backend, (tape, in) -> tape.unary(UnaryOp.ABS, in.get(0)), x).get(0);
        assertArrayEquals(new float[] {-1, 0, 1}, grad);
    }

    @ParameterizedTest
    @EnumSource(value = BinaryOp.class)
    void binaryGradientMatchesFiniteDifferencesForEqualShapes(BinaryOp op) {
        NDArray a = op == BinaryOp.POW ? positive(4, 2, 3) : awayFromZero(4, 2, 3);
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.binary(op, in.get(0), in.get(1)),
                a,
                awayFromZero(5, 2, 3));
    }

    @ParameterizedTest
    @EnumSource(
            value = BinaryOp.class,
            names = {"ADD", "SUB", "MUL", "DIV", "MAXIMUM"})
    void binaryGradientIsSummedBackOverBroadcastAxes(BinaryOp op) {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.binary(op, in.get(0), in.get(1)),
                awayFromZero(6, 2, 1, 3),
                awayFromZero(7, 4, 1));
    }

    @Test
    void scalarOperandGetsTheSumOfTheGradient() {
        NDArray x = NDArray.of(new float[] {1, 2, 3});
        NDArray s = NDArray.scalar(2);
        List<float[]> grads =
                gradients(
                        backend,
                        (tape, in) -> tape.binary(BinaryOp.MUL, in.get(0), in.get(1)),
                        x,
                        s);
        assertArrayEquals(new float[] {2, 2, 2}, grads.get(0));
        assertArrayEquals(new float[] {6}, grads.get(1));
    }

    @Test
    void maximumSplitsTheGradientEvenlyAtTies() {
        NDArray a = NDArray.of(new float[] {1, 2});
        NDArray b = NDArray.of(new float[] {1, 3});
        List<float[]> grads =
                gradients(
                        backend,
                        (tape, in) -> tape.binary(BinaryOp.MAXIMUM, in.get(0), in.get(1)),
                        a,
                        b);
        assertArrayEquals(new float[] {0.5f, 0}, grads.get(0));
        assertArrayEquals(new float[] {0.5f, 1}, grads.get(1));
    }

    @Test
    void whereRoutesTheGradientByTheCondition() {
        try (Tensor condition = backend.fromHost(NDArray.of(new float[] {1, 0, 1}, 3))) {
            assertGradientsMatchFiniteDifferences(
                    backend,
                    (tape, in) -> tape.where(condition, in.get(0), in.get(1)),
                    random(8, 2, 3),
                    random(9, 3));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReduceOp.class)
    void reduceGradientMatchesFiniteDifferencesKeepingDims(ReduceOp op) {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.reduce(op, in.get(0), new int[] {0, 2}, true),
                random(10, 3, 2, 4));
    }

    @ParameterizedTest
    @EnumSource(value = ReduceOp.class)
    void reduceGradientMatchesFiniteDifferencesDroppingDims(ReduceOp op) {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.reduce(op, in.get(0), new int[] {-1}, false),
                random(11, 3, 5));
    }

    @Test
    void reduceMaxSplitsTheGradientAmongTies() {
        NDArray x = NDArray.of(new float[] {3, 1, 3, 2}, 1, 4);
        float[] grad =
                gradients(
                                backend,
                                (tape, in) ->
                                        tape.reduce(ReduceOp.MAX, in.get(0), new int[] {1}, false),
                                x)
                        .get(0);
        assertArrayEquals(new float[] {0.5f, 0, 0.5f, 0}, grad);
    }

    @Test
    void reduceMinSendsTheGradientToTheSmallest() {
        NDArray x = NDArray.of(new float[] {3, 1, 2});
        float[] grad =
                gradients(
                                backend,
                                (tape, in) ->
                                        tape.reduce(ReduceOp.MIN, in.get(0), new int[] {0}, false),
                                x)
                        .get(0);
        assertArrayEquals(new float[] {0, 1, 0}, grad);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "false,false",
        "true,false",
        "false,true",
        "true,true"
    })
    void matmulGradientMatchesFiniteDifferences(boolean transposeA, boolean transposeB) {
        NDArray a = transposeA ? random(12, 4, 2) : random(12, 2, 4);
        NDArray b = transposeB ? random(13, 3, 4) : random(13, 4, 3);
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.matmul(in.get(0), in.get(1), transposeA, transposeB),
                a,
                b);
    }

    @Test
    void reshapeGradientHasTheInputShape() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) ->
                        tape.unary(UnaryOp.SQUARE, tape.reshape(in.get(0), new int[] {3, -1})),
                random(14, 2, 3, 2));
    }

    @Test
    void transposeGradientUndoesThePermutation() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.transpose(in.get(0), new int[] {2, 0, 1}),
                random(15, 2, 3, 4));
    }

    @Test
    void sliceGradientIsZeroOutsideTheBlock() {
        NDArray x = random(16, 3, 4);
        float[] grad =
                gradients(
                                backend,
                                (tape, in) ->
                                        tape.slice(in.get(0), new int[] {1, 1}, new int[] {2, -1}),
                                x)
                        .get(0);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1}, grad);
    }

    @Test
    void sliceGradientMatchesFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.slice(in.get(0), new int[] {0, 1, 1}, new int[] {2, 1, 2}),
                random(17, 2, 3, 4));
    }

    @Test
    void concatGradientSplitsBackToEachInput() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.concat(in, 1),
                random(18, 2, 1),
                random(19, 2, 3),
                random(20, 2, 2));
    }

    @Test
    void gatherGradientAccumulatesRepeatedIndices() {
        NDArray x = NDArray.of(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
        try (Tensor indices = backend.fromHost(NDArray.of(new int[] {2, 0, 2}))) {
            float[] grad =
                    gradients(backend, (tape, in) -> tape.gather(in.get(0), indices, 0), x).get(0);
            assertArrayEquals(new float[] {1, 1, 0, 0, 2, 2}, grad);
        }
    }

    @Test
    void gatherGradientMatchesFiniteDifferencesOnAnInnerAxis() {
        try (Tensor indices = backend.fromHost(NDArray.of(new int[] {3, 1, 1, 0}, 2, 2))) {
            assertGradientsMatchFiniteDifferences(
                    backend, (tape, in) -> tape.gather(in.get(0), indices, 1), random(21, 2, 4, 3));
        }
    }

    @Test
    void denseGradientMatchesFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.dense(in.get(0), in.get(1), in.get(2)),
                random(22, 4, 3),
                random(23, 3, 2),
                random(24, 2));
    }

    @Test
    void denseWithoutBiasOnRankThreeInputMatchesFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> tape.dense(in.get(0), in.get(1), null),
                random(25, 2, 3, 4),
                random(26, 4, 2));
    }

    @Test
    void softmaxGradientMatchesFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> tape.softmax(in.get(0), -1), random(27, 3, 4));
    }

    @Test
    void softmaxOverTheFirstAxisMatchesFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> tape.softmax(in.get(0), 0), random(28, 3, 2));
    }

    @Test
    void logSoftmaxGradientMatchesFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> tape.logSoftmax(in.get(0), 1), random(29, 2, 5));
    }

    @Test
    void softmaxCrossEntropyGradientIsSoftmaxMinusLabels() {
        NDArray logits = NDArray.of(new float[] {0, 0, Float.parseFloat("0")}, 1, 3);
        try (Tensor labels = backend.fromHost(NDArray.of(new float[] {0, 1, 0}, 1, 3))) {
            float[] grad =
                    gradients(
                                    backend,
                                    (tape, in) -> tape.softmaxCrossEntropy(in.get(0), labels),
                                    logits)
                            .get(0);
            assertClose(new float[] {1 / 3f, -2 / 3f, 1 / 3f}, grad, 1e-6);
        }
    }

    @Test
    void softmaxCrossEntropyWithSoftLabelsMatchesFiniteDifferences() {
        try (Tensor labels =
                backend.fromHost(NDArray.of(new float[] {0.2f, 0.5f, 0.3f, 1, 0, 0}, 2, 3))) {
            assertGradientsMatchFiniteDifferences(
                    backend,
                    (tape, in) -> tape.softmaxCrossEntropy(in.get(0), labels),
                    random(30, 2, 3));
        }
    }

    @Test
    void chainedOpsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> {
                    Variable hidden =
                            tape.unary(UnaryOp.TANH, tape.dense(in.get(0), in.get(1), null));
                    Variable scaled = tape.binary(BinaryOp.MUL, hidden, hidden);
                    return tape.reduce(ReduceOp.MEAN, scaled, new int[] {0, 1}, false);
                },
                random(31, 3, 4),
                random(32, 4, 2));
    }

    @Test
    void sourceTheTargetDoesNotDependOnGetsZeros() {
        try (Tensor a = backend.fromHost(random(33, 2, 2));
                Tensor b = backend.fromHost(random(34, 3));
                GradientTape tape = new GradientTape(backend)) {
            Variable x = tape.watch(a);
            Variable unused = tape.watch(b);
            Variable y = tape.unary(UnaryOp.SQUARE, x);
            List<Tensor> grads = tape.gradient(y, List.of(x, unused));
            assertArrayEquals(new int[] {3}, grads.get(1).shape());
            assertArrayEquals(new float[3], host(backend, grads.get(1)));
        }
    }

    @Test
    void constantSourceGetsZeros() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1, 2}));
                GradientTape tape = new GradientTape(backend)) {
            Variable x = tape.watch(a);
            Variable c = tape.constant(a);
            Variable y = tape.binary(BinaryOp.MUL, x, c);
            assertArrayEquals(new float[2], host(backend, tape.gradient(y, List.of(c)).get(0)));
        }
    }

    @Test
    void outputOfConstantsDoesNotRequireGradient() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1, 2}));
                GradientTape tape = new GradientTape(backend)) {
            Variable y = tape.unary(UnaryOp.EXP, tape.constant(a));
            assertFalse(y.requiresGradient());
            assertTrue(tape.unary(UnaryOp.EXP, tape.watch(a)).requiresGradient());
        }
    }

    @Test
    void gradientMayBeAskedTwiceWithTheSameResult() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1, 2}));
                GradientTape tape = new GradientTape(backend)) {
            Variable x = tape.watch(a);
            Variable y = tape.unary(UnaryOp.SQUARE, x);
            float[] first = host(backend, tape.gradient(y, List.of(x)).get(0));
            float[] second = host(backend, tape.gradient(y, List.of(x)).get(0));
            assertArrayEquals(new float[] {2, 4}, first);
            assertArrayEquals(first, second);
        }
    }

    @Test
    void gradientWithRespectToAnIntermediateValue() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1, 2}));
                GradientTape tape = new GradientTape(backend)) {
            Variable x = tape.watch(a);
            Variable doubled = tape.binary(BinaryOp.ADD, x, x);
            Variable y = tape.unary(UnaryOp.SQUARE, doubled);
            List<Tensor> grads = tape.gradient(y, List.of(doubled, x));
            assertArrayEquals(new float[] {4, 8}, host(backend, grads.get(0)));
            assertArrayEquals(new float[] {8, 16}, host(backend, grads.get(1)));
        }
    }

    @Test
    void variableUsedTwiceAccumulatesBothPaths() {
        NDArray x = NDArray.of(new float[] {3});
        float[] grad =
                gradients(backend, (tape, in) -> tape.binary(BinaryOp.MUL, in.get(0), in.get(0)), x)
                        .get(0);
        assertArrayEquals(new float[] {6}, grad);
    }

    @Test
    void closeReleasesOpOutputsAndGradientsButNotLeaves() {
        Tensor a = backend.fromHost(NDArray.of(new float[] {1, 2}));
        Tensor output;
        Tensor grad;
        try (GradientTape tape = new GradientTape(backend)) {
            Variable x = tape.watch(a);
            Variable y = tape.unary(UnaryOp.EXP, x);
            output = y.value();
            grad = tape.gradient(y, List.of(x)).get(0);
        }
        assertTrue(output.isClosed());
        assertTrue(grad.isClosed());
        assertFalse(a.isClosed());
        a.close();
    }

    @Test
    void closeReleasesEveryTemporaryOfEveryOpAndGradient() {
        TrackingBackend tracking = new TrackingBackend(backend);
        Backend tracked = tracking.backend();
        try (Tensor x = tracked.fromHost(random(40, 4, 3));
                Tensor kernel = tracked.fromHost(random(41, 3, 2));
                Tensor bias = tracked.fromHost(random(42, 2));
                Tensor indices = tracked.fromHost(NDArray.of(new int[] {1, 0, 1}));
                Tensor condition = tracked.fromHost(NDArray.of(new float[] {1, 0}, 2));
                Tensor labels =
                        tracked.fromHost(NDArray.of(new float[] {1, 0, 0, 1, 1, 0}, 3, 2))) {
            tracking.forget();
            try (GradientTape tape = new GradientTape(tracked)) {
                Variable in = tape.watch(x);
                Variable w = tape.watch(kernel);
                Variable b = tape.watch(bias);
                Variable hidden = tape.dense(in, w, b);
                for (UnaryOp op : UnaryOp.values()) {
                    hidden = tape.binary(BinaryOp.ADD, hidden, tape.unary(op, hidden));
                }
                for (BinaryOp op : BinaryOp.values()) {
                    hidden = tape.binary(op, hidden, tape.scalar(0.5));
                }
                Variable picked = tape.gather(hidden, indices, 0);
                Variable joined = tape.concat(List.of(picked, tape.where(condition, picked, b)), 0);
                Variable sliced = tape.slice(joined, new int[] {1, 0}, new int[] {3, 2});
                Variable moved =
                        tape.transpose(tape.reshape(sliced, new int[] {2, 3}), new int[] {1, 0});
                Variable mixed = tape.matmul(moved, tape.softmax(moved, 0), true, false);
                Variable loss =
                        tape.binary(
                                BinaryOp.ADD,
                                tape.reduce(
                                        ReduceOp.MAX,
                                        tape.logSoftmax(mixed, 1),
                                        new int[] {1},
                                        false),
                                tape.reduce(
                                        ReduceOp.MEAN,
                                        tape.softmaxCrossEntropy(moved, labels),
                                        new int[] {0},
                                        true));
                tape.gradient(loss, List.of(in, w, b));
                assertTrue(tracking.openCount() > 0);
            }
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void closeIsIdempotentAndLaterOpsFail() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1}))) {
            GradientTape tape = new GradientTape(backend);
            Variable x = tape.watch(a);
            tape.close();
            tape.close();
            assertThrows(IllegalStateException.class, () -> tape.unary(UnaryOp.EXP, x));
        }
    }

    @Test
    void variableOfAnotherTapeIsRejected() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1}));
                GradientTape first = new GradientTape(backend);
                GradientTape second = new GradientTape(backend)) {
            Variable x = first.watch(a);
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> second.unary(UnaryOp.EXP, x));
            assertEquals(
                    "x must be a variable of this tape. Received: one of another tape",
                    e.getMessage());
        }
    }

    @Test
    void gradientOfANonScalarTargetIsThatOfItsSum() {
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {1, 2}));
                GradientTape tape = new GradientTape(backend)) {
            Variable x = tape.watch(a);
            Variable y = tape.unary(UnaryOp.NEG, x);
            Tensor grad = tape.gradient(y, List.of(x)).get(0);
            assertEquals(DType.FLOAT32, grad.dtype());
            assertArrayEquals(new float[] {-1, -1}, host(backend, grad));
        }
    }
}
