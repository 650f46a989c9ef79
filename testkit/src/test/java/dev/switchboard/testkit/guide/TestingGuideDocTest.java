package dev.switchboard.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/testing.md shows TwoButtonsTest exactly (without its package line), so the guide cannot drift. */
class TestingGuideDocTest {
    private static final Path DOC = Path.of("..", "docs", "testing.md");
    private static final Path TEST = Path.of("src", "test", "java", "dev", "switchboard", "testkit", "guide",
            "TwoButtonsTest.java");

    @Test
    void theGuidesCompleteTestIsTwoButtonsTestAndUnder30Lines() throws Exception {
        Matcher block = Pattern.compile("<!-- TwoButtonsTest -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOC));
        assertThat(block.find()).as("docs/testing.md has a java block after <!-- TwoButtonsTest -->").isTrue();
        String file = Files.readString(TEST).replaceFirst("(?s)^package [^;]+;\\s*", "");

        assertThat(block.group(1)).isEqualTo(file);
        assertThat(block.group(1).lines().count()).isLessThan(30);
    }
}
