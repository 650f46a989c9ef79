package dev.switchboard.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads the JSON file JMH writes with {@code -rf json -rff FILE}. */
public final class JmhResults {
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private JmhResults() {
    }

    /** Every result in the file, in JMH's order. */
    public static List<JmhResult> read(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(file.toFile()));
    }

    /** Every result in an already-read JSON array. */
    public static List<JmhResult> parse(JsonNode root) {
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode run : root) {
            String benchmark = run.path("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            String type = benchmark.substring(0, dot);
            Map<String, String> params = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> param : run.path("params").properties()) {
                params.put(param.getKey(), param.getValue().asText());
            }
            JsonNode primary = run.path("primaryMetric");
            JsonNode alloc = run.path("secondaryMetrics").path(ALLOC_NORM);
            results.add(new JmhResult(type.substring(type.lastIndexOf('.') + 1), benchmark.substring(dot + 1), params,
                    primary.path("score").asDouble(), number(primary.path("scoreError")),
                    alloc.isMissingNode() ? OptionalDouble.empty() : OptionalDouble.of(alloc.path("score").asDouble())));
        }
        return results;
    }

    /** JMH writes {@code "NaN"} as a string when there are too few samples for an error. */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
