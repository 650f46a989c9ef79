package dev.switchboard.examples.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.fit.PageRows;
import dev.switchboard.core.fit.Pages;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fitter with the real rules: the figures of docs/validation.md, met without doing the arithmetic by hand. */
class FitterOnPlatformsTest {
    private static final PageRows PREVIOUS_NEXT = (page, count) -> List.of(List.of(
            Button.callback("‹", "page:" + Math.max(0, page - 1)), Button.callback("›", "page:" + (page + 1))));

    @Test
    void theSameListTakesTwelveItemsAPageOnTelegramAndEightOnVkInline() {
        List<Button> items = items(30, "item:");

        Pages telegram = KeyboardFitter.of(TelegramPlatform.rules()).pageSize(12)
                .paginate(KeyboardType.INLINE, items, PREVIOUS_NEXT);
        Pages vk = KeyboardFitter.of(VkPlatform.rules()).pageSize(12)
                .paginate(KeyboardType.INLINE, items, PREVIOUS_NEXT);

        assertThat(telegram.itemsPerPage()).isEqualTo(12);
        assertThat(telegram.pageCount()).isEqualTo(3);
        // VK inline: 10 buttons, 2 of them navigation.
        assertThat(vk.itemsPerPage()).isEqualTo(8);
        assertThat(vk.pageCount()).isEqualTo(4);
    }

    @Test
    void vkInlineRowsLimitThePageWhenRowsAreNarrow() {
        // 6 rows on VK inline: 5 rows of 1 item and the navigation row.
        Pages vk = KeyboardFitter.of(VkPlatform.rules()).widths(1)
                .paginate(KeyboardType.INLINE, items(30, "item:"), PREVIOUS_NEXT);

        assertThat(vk.itemsPerPage()).isEqualTo(5);
        assertThat(vk.pageCount()).isEqualTo(6);
    }

    @Test
    void telegramsMarkupSizeKeepsPagesOf64ByteDataAt97Buttons() {
        // docs/validation.md: 97 buttons with 64-byte callback data and 1-2 character labels fit, 98 do not.
        List<Button> items = IntStream.range(0, 200).<Button>mapToObj(k ->
                Button.callback(String.valueOf(k % 100), String.format("%064d", k))).toList();

        Pages pages = KeyboardFitter.of(TelegramPlatform.rules()).paginate(KeyboardType.INLINE, items);

        assertThat(pages.itemsPerPage()).isEqualTo(97);
        assertThat(pages.pageCount()).isEqualTo(3);
        assertThat(pages.pages()).allSatisfy(page ->
                assertThat(Validator.validate(page.keyboard(), TelegramPlatform.rules()).isValid()).isTrue());
    }

    @Test
    void givesVkLocationAndPayButtonsRowsOfTheirOwnButLeavesTelegramsLocationBesideOthers() {
        Keyboard keyboard = Keyboard.standard()
                .row(Button.text("Menu"), Button.location("Where am I"), Button.text("Help")).build();

        Keyboard vk = KeyboardFitter.of(VkPlatform.rules()).reflow(keyboard);
        Keyboard telegram = KeyboardFitter.of(TelegramPlatform.rules()).reflow(keyboard);

        assertThat(vk.rows()).hasSize(3);
        assertThat(Validator.validate(vk, VkPlatform.rules()).isValid()).isTrue();
        assertThat(telegram).isEqualTo(keyboard);
    }

    @Test
    void splitsARowOfTenIntoRowsOfFiveOnVkAndLeavesItToTelegramsReplyKeyboard() {
        Keyboard keyboard = Keyboard.standard().row(IntStream.range(0, 10).<Button>mapToObj(k -> Button.text("b" + k))
                .toList()).build();

        assertThat(KeyboardFitter.of(VkPlatform.rules()).reflow(keyboard).rows()).extracting(List::size)
                .containsExactly(5, 5);
        assertThat(KeyboardFitter.of(TelegramPlatform.rules()).reflow(keyboard)).isEqualTo(keyboard);
    }

    @Test
    void reportsNavigationThatLeavesVkNoRoomForAnItem() {
        PageRows tooMuch = (page, count) -> List.of(items(5, "a:"), items(5, "b:"));

        assertThatThrownBy(() -> KeyboardFitter.of(VkPlatform.rules()).paginate(KeyboardType.INLINE,
                items(3, "item:"), tooMuch)).isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(ViolationCode.TOO_MANY_BUTTONS);
                    assertThat(e.reason().limit()).isEqualTo(OptionalLong.of(10));
                    assertThat(e.reason().actual()).isEqualTo(OptionalLong.of(11));
                    assertThat(e.reason().message())
                            .isEqualTo("page 1 of 3: 1 item(s) and 10 fixed button(s) make 11 buttons; VK inline allows 10");
                });
    }

    @Test
    void reportsSevenVkLocationButtonsThatCannotShareTheSixRowsOfAnInlineKeyboard() {
        Keyboard keyboard = Keyboard.inline().row(IntStream.range(0, 7).<Button>mapToObj(k -> Button.location())
                .toList()).build();

        assertThatThrownBy(() -> KeyboardFitter.of(VkPlatform.rules()).reflow(keyboard))
                .isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(ViolationCode.TOO_MANY_ROWS);
                    assertThat(e.reason().limit()).isEqualTo(OptionalLong.of(6));
                    assertThat(e.reason().actual()).isEqualTo(OptionalLong.of(7));
                });
    }

    @Test
    void reportsAnItemTelegramCannotCarryWhateverThePage() {
        List<Button> items = List.of(Button.callback("Reserve", "reserve:" + "x".repeat(60)));

        assertThatThrownBy(() -> KeyboardFitter.of(TelegramPlatform.rules()).paginate(KeyboardType.INLINE, items))
                .isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(ViolationCode.PAYLOAD_TOO_LONG);
                    assertThat(e.reason().path()).isEqualTo("items[0].payload");
                    assertThat(e.reason().limit()).isEqualTo(OptionalLong.of(64));
                });
    }

    private static List<Button> items(int count, String prefix) {
        return IntStream.range(0, count).<Button>mapToObj(k -> Button.callback("Item " + k, prefix + k)).toList();
    }
}
