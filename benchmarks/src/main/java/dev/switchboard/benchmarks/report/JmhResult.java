package dev.switchboard.benchmarks.report;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * One benchmark's result from JMH's JSON output ({@code -rf json}).
 *
 * @param benchmarkClass the simple name of the benchmark class
 * @param method the benchmark method
 * @param params the {@code @Param} values, in JMH's order
 * @param score the primary metric (operations per second)
 * @param error the primary metric's 99.9% confidence half-width, NaN when JMH had too few samples
 * @param bytesPerOp {@code gc.alloc.rate.norm} when run with {@code -prof gc}
 */
public record JmhResult(String benchmarkClass, String method, Map<String, String> params, double score, double error,
                        OptionalDouble bytesPerOp) {
    public JmhResult {
        requireNonNull(benchmarkClass, "benchmarkClass");
        requireNonNull(method, "method");
        params = Map.copyOf(params);
        requireNonNull(bytesPerOp, "bytesPerOp");
    }

    /** The error as a fraction of the score; NaN when unknown. */
    public double relativeError() {
        return error / score;
    }
}
