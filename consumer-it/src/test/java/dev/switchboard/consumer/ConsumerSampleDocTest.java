package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The consumer project that the invoker builds (src/it/consumer) is the one the docs show: the same pom.xml in
 * docs/guide.md and docs/testing.md, the guide's TwoButtons bot and the testing guide's TwoButtonsTest.
 */
class ConsumerSampleDocTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Path SAMPLE = Path.of("src", "it", "consumer");

    @Test
    void theGuideShowsTheSampleConsumerPom() throws IOException {
        assertThat(block(DOCS.resolve("guide.md"), "<!-- consumer-pom -->", "xml")).isEqualTo(samplePom());
    }

    @Test
    void theTestingGuideShowsTheSampleConsumerPom() throws IOException {
        assertThat(block(DOCS.resolve("testing.md"), "<!-- consumer-pom -->", "xml")).isEqualTo(samplePom());
    }

    @Test
    void theSampleBotIsTheGuidesTwoButtons() throws IOException {
        assertThat(block(DOCS.resolve("guide.md"), "<!-- TwoButtons -->", "java"))
                .isEqualTo(Files.readString(SAMPLE.resolve(Path.of("src", "main", "java", "TwoButtons.java"))));
    }

    @Test
    void theSampleTestIsTheTestingGuidesTwoButtonsTest() throws IOException {
        assertThat(block(DOCS.resolve("testing.md"), "<!-- TwoButtonsTest -->", "java"))
                .isEqualTo(Files.readString(SAMPLE.resolve(Path.of("src", "test", "java", "TwoButtonsTest.java"))));
    }

    @Test
    void theDocsPomNamesThisBuildsVersion() throws IOException {
        String version = System.getProperty("switchboard.version");
        assertThat(version).as("switchboard.version, set by the surefire configuration").isNotBlank();
        assertThat(block(DOCS.resolve("guide.md"), "<!-- consumer-pom -->", "xml"))
                .contains("<switchboard.version>" + version + "</switchboard.version>");
    }

    /** The sample pom as a reader copies it: the invoker's version placeholder replaced by this build's version. */
    private static String samplePom() throws IOException {
        return Files.readString(SAMPLE.resolve("pom.xml"))
                .replace("@project.version@", System.getProperty("switchboard.version"));
    }

    private static String block(Path doc, String marker, String language) throws IOException {
        Matcher block = Pattern.compile(Pattern.quote(marker) + "\\s*```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(doc));
        assertThat(block.find()).as("%s has a %s block after %s", doc, language, marker).isTrue();
        return block.group(1);
    }
}
