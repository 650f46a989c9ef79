package dev.switchboard.examples.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/menus.md shows {@link ShopBot} word for word, in under 40 lines. */
class MenuDocTest {
    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "switchboard", "examples", "menu",
            "ShopBot.java");
    private static final Pattern REGION = Pattern.compile("// sample: shop-bot\\n(.*?)\\n// end", Pattern.DOTALL);

    @Test
    void theDocShowsTheMenuBotAsCompiled() throws IOException {
        Matcher region = REGION.matcher(Files.readString(SOURCE));
        assertThat(region.find()).isTrue();
        String sample = region.group(1);

        assertThat(Files.readString(Path.of("..", "docs", "menus.md"))).contains(sample);
        assertThat(sample.lines().count()).isLessThan(40);
    }
}
