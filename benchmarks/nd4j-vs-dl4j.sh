#!/usr/bin/env bash
# backend-nd4j against Deeplearning4j on mnist_mlp, then the 10,000-step resident-memory check,
# then backend-cpu-java's matmul against OpenBLAS's (ND4J's natives carry OpenBLAS).
# Usage: benchmarks/nd4j-vs-dl4j.sh [mnist-folder] [epochs] [steps]
# Needs backend-nd4j installed (./mvnw -B -pl backend-nd4j -am install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${JKERAS_TARGET_DIR:-target}"
mnist="${1:-}"
epochs="${2:-3}"
steps="${3:-10000}"

./mvnw -B -q -pl benchmarks -Pnd4j -Djkeras.targetDir="$target" compile \
    dependency:build-classpath -Dmdep.outputFile="$target/nd4j-classpath.txt" \
    -Dmdep.includeScope=runtime
classpath="benchmarks/$target/classes:$(cat "benchmarks/$target/nd4j-classpath.txt")"

# OpenMP's default busy-waiting makes two threads no faster than one on a 2-vCPU machine; the
# policy must be set before the process starts. Both frameworks share these settings.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-$(nproc)}"
java_opts=(-Dorg.slf4j.simpleLogger.defaultLogLevel=warn)

java "${java_opts[@]}" -Xmx4g -cp "$classpath" org.jkeras.benchmarks.nd4j.MnistMlpNd4jVsDl4j \
    "$mnist" "$epochs"
# A fixed, pre-touched heap is resident from the start, so growth of the RSS is native memory.
java "${java_opts[@]}" -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$classpath" \
    org.jkeras.benchmarks.nd4j.ResidentMemoryCheck \
    "$mnist" "$steps"
java "${java_opts[@]}" --add-modules jdk.incubator.vector -cp "$classpath" \
    org.jkeras.benchmarks.nd4j.MatmulVsOpenBlas
