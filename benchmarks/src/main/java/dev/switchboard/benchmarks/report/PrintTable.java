package dev.switchboard.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Prints the comparison table for a JMH JSON result file:
 * {@code java -cp benchmarks.jar dev.switchboard.benchmarks.report.PrintTable results.json}.
 */
public final class PrintTable {
    private PrintTable() {
    }

    /** Reads {@code args[0]} and prints its table to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PrintTable <jmh-result.json>");
            System.exit(2);
        }
        System.out.print(ResultTable.of(JmhResults.read(Path.of(args[0]))).markdown());
    }
}
