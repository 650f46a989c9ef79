package dev.switchboard.examples.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/menus.md shows {@link TeaBot} word for word. */
class CardsDocTest {
    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "switchboard", "examples", "cards",
            "TeaBot.java");
    private static final Pattern REGION = Pattern.compile("// sample: tea-bot\\n(.*?)\\n// end", Pattern.DOTALL);

    @Test
    void theDocShowsTheCardsBotAsCompiled() throws IOException {
        Matcher region = REGION.matcher(Files.readString(SOURCE));
        assertThat(region.find()).isTrue();

        assertThat(Files.readString(Path.of("..", "docs", "menus.md"))).contains(region.group(1));
    }
}
