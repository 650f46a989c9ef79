package dev.switchboard.examples.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.fit.Pages;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** docs/menus.md shows {@link FittingSamples} word for word, and each sample does what the doc says. */
class FittingSamplesTest {
    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "switchboard", "examples", "fit",
            "FittingSamples.java");
    private static final Pattern REGION = Pattern.compile("// sample: ([\\w-]+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    @Test
    void theDocShowsEverySampleAsCompiled() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "menus.md"));
        Matcher region = REGION.matcher(Files.readString(SOURCE));
        int found = 0;
        while (region.find()) {
            String sample = region.group(2).lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                    .collect(Collectors.joining("\n"));
            assertThat(doc).as("docs/menus.md shows sample %s", region.group(1)).contains(sample);
            found++;
        }
        assertThat(found).isEqualTo(3);
    }

    @Test
    void paginatingThirtyProductsForVkInlineGivesSevenAPage() {
        Pages pages = FittingSamples.paginate(IntStream.range(0, 30).mapToObj(k -> "Product " + k).toList());

        assertThat(pages.itemsPerPage()).isEqualTo(7);
        assertThat(pages.pageCount()).isEqualTo(5);
        assertThat(pages.page(0).keyboard().rows()).extracting(List::size).containsExactly(2, 2, 2, 1, 3);
    }

    @Test
    void reflowingTheWideMenuForVkGivesTheLocationARowOfItsOwn() {
        Keyboard forVk = FittingSamples.reflow();

        assertThat(forVk.rows()).extracting(List::size).containsExactly(4, 1, 1);
        assertThat(Validator.validate(forVk, VkPlatform.rules()).isValid()).isTrue();
    }

    @Test
    void tenActionButtonsLeaveVkInlineNoRoomForAProduct() throws IOException {
        Violation why = FittingSamples.cannotFit(List.of(Button.callback("Tea", "product:tea")));

        assertThat(why.code()).isEqualTo(ViolationCode.TOO_MANY_BUTTONS);
        assertThat(why.path()).isEqualTo("$");
        assertThat(why.limit()).isEqualTo(OptionalLong.of(10));
        assertThat(why.actual()).isEqualTo(OptionalLong.of(11));
        assertThat(Files.readString(Path.of("..", "docs", "menus.md"))).contains(
                why.code() + " " + why.path() + " limit 10, needs 11: " + why.message());
    }
}
