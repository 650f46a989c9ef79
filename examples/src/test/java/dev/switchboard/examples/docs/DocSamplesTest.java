package dev.switchboard.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each compiled sample region appears word for word in its doc, so the docs cannot drift from the API. */
class DocSamplesTest {
    private static final Path SOURCES = Path.of("src", "test", "java", "dev", "switchboard", "examples", "docs");
    private static final Pattern REGION = Pattern.compile("// sample: ([\\w-]+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    @Test
    void reliabilityShowsItsCompiledSamples() throws IOException {
        assertRegionsShownIn("ReliabilitySamples.java", Path.of("..", "docs", "reliability.md"));
    }

    @Test
    void scalingAndTestingShowTheirCompiledSamples() throws IOException {
        String both = Files.readString(Path.of("..", "docs", "scaling.md"))
                + Files.readString(Path.of("..", "docs", "testing.md"));
        assertRegionsShownIn("ScalingSamples.java", both);
    }

    private static void assertRegionsShownIn(String source, Path doc) throws IOException {
        assertRegionsShownIn(source, Files.readString(doc));
    }

    private static void assertRegionsShownIn(String source, String text) throws IOException {
        Matcher region = REGION.matcher(Files.readString(SOURCES.resolve(source)));
        int found = 0;
        while (region.find()) {
            String sample = region.group(2).lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                    .collect(Collectors.joining("\n"));
            assertThat(text).as("the docs show sample %s of %s", region.group(1), source).contains(sample);
            found++;
        }
        assertThat(found).as("samples in %s", source).isPositive();
    }
}
