package dev.switchboard.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static List<JmhResult> sample() throws Exception {
        return JmhResults.read(resource("jmh-sample.json"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ResultTableTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void readsScoresErrorsParamsAndAllocationFromJmhJson() throws Exception {
        JmhResult ours = sample().stream()
                .filter(r -> r.benchmarkClass().equals("VkRenderBenchmark") && r.method().equals("ours"))
                .findFirst().orElseThrow();

        assertThat(ours.params()).containsEntry("keyboard", "vote");
        assertThat(ours.score()).isEqualTo(500000);
        assertThat(ours.relativeError()).isCloseTo(0.01, within(1e-9));
        assertThat(ours.bytesPerOp()).hasValue(3600);
    }

    @Test
    void aMissingErrorIsNaNNotZero() throws Exception {
        JmhResult baseline = sample().stream().filter(r -> r.method().equals("baselineTokenise")).findFirst()
                .orElseThrow();

        assertThat(baseline.error()).isNaN();
    }

    @Test
    void groupsMethodsIntoOneRowPerWorkloadAndInput() throws Exception {
        ResultTable table = ResultTable.of(sample());

        assertThat(table.rows()).extracting(ResultTable.Row::workload)
                .containsExactly("1 parse Telegram", "3 render VK vote", "4 validate VK vote");
    }

    @Test
    void ratiosCompareOursWithTheFastestPeerTheBaselineAndTheLeanestPeer() throws Exception {
        ResultTable.Row parse = ResultTable.of(sample()).rows().get(0);

        assertThat(parse.speedupOverFastestPeer()).hasValue(3.0);
        assertThat(parse.timeOverBaseline()).hasValue(1.5);
        assertThat(parse.allocationOverLeanestPeer()).hasValue(0.25);
        assertThat(parse.leanestPeerBytes()).hasValue(8000);
    }

    @Test
    void validateRowsHaveNoPeerRatios() throws Exception {
        ResultTable.Row validate = ResultTable.of(sample()).rows().get(2);

        assertThat(validate.speedupOverFastestPeer()).isEmpty();
        assertThat(validate.timeOverBaseline()).isEmpty();
    }

    @Test
    void printsMarkdownWithErrorsRatiosAndTheLargestError() throws Exception {
        String markdown = ResultTable.of(sample()).markdown();

        assertThat(markdown).contains("| 1 parse Telegram | 300.0 k/s ±2.0% | 60.0 k/s ±1.0% | 100.0 k/s ±1.0% | — "
                + "| 450.0 k/s | 3.00× | 1.50× | 2,000 | 8,000 | 0.25× |");
        assertThat(markdown).contains("| 4 validate VK vote | 4.00 M/s ±1.0% |");
        assertThat(markdown).contains("largest error 2.0% of its score");
    }
}
