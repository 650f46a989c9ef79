package dev.switchboard.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/spring.md shows TwoButtonsApplication exactly (without its package line) and the compiled samples, so the page cannot drift. */
class SpringGuideDocTest {
    private static final Path DOC = Path.of("..", "docs", "spring.md");
    private static final Path SAMPLE = Path.of("src", "test", "java", "dev", "switchboard", "spring", "sample",
            "TwoButtonsApplication.java");
    private static final Path SAMPLES = SAMPLE.resolveSibling("SpringDocSamples.java");
    private static final Pattern REGION = Pattern.compile("// sample: ([\\w-]+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    @Test
    void theGuidesApplicationIsTheTestedSample() throws Exception {
        Matcher block = Pattern.compile("<!-- TwoButtonsApplication -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOC));
        assertThat(block.find()).as("docs/spring.md has a java block after <!-- TwoButtonsApplication -->").isTrue();

        assertThat(block.group(1)).isEqualTo(Files.readString(SAMPLE).replaceFirst("(?s)^package [^;]+;\\s*", ""));
    }

    @Test
    void theSmallerSamplesAreShownAsCompiled() throws Exception {
        String doc = Files.readString(DOC);
        Matcher region = REGION.matcher(Files.readString(SAMPLES));
        int found = 0;
        while (region.find()) {
            String sample = region.group(2).lines().map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
                    .collect(Collectors.joining("\n"));
            assertThat(doc).as("docs/spring.md shows sample %s", region.group(1)).contains(sample);
            found++;
        }
        assertThat(found).isPositive();
    }
}
