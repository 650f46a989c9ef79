/**
 * Reads JMH's JSON results and prints the comparison table of {@code docs/performance.md}.
 *
 * <pre>{@code
 * List<JmhResult> results = JmhResults.read(Path.of("benchmarks/target/jmh-full.json"));
 * ResultTable table = ResultTable.of(results);
 * table.rows().forEach(row -> System.out.println(row.workload() + " " + row.speedupOverFastestPeer()));
 * System.out.print(table.markdown());
 * }</pre>
 */
package dev.switchboard.benchmarks.report;
