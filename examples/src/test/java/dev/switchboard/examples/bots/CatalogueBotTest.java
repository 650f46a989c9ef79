package dev.switchboard.examples.bots;

import static dev.switchboard.examples.bots.WireMockPlatforms.await;
import static dev.switchboard.examples.bots.WireMockPlatforms.form;
import static dev.switchboard.examples.bots.WireMockPlatforms.json;
import static dev.switchboard.examples.bots.WireMockPlatforms.telegramPayloads;
import static dev.switchboard.examples.bots.WireMockPlatforms.vkPayloads;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.examples.bots.CatalogueBot.Item;
import dev.switchboard.examples.bots.CatalogueBot.Page;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The catalogue: every page within both platforms' limits, and navigation end to end. */
@Timeout(30)
class CatalogueBotTest {
    private final WireMockPlatforms fakes = new WireMockPlatforms();
    private Bot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        fakes.close();
    }

    @Test
    void everyPageKeyboardIsValidOnTelegramAndVk() {
        for (int page = 1; page <= CatalogueBot.PAGES; page++) {
            assertValid(CatalogueBot.page(page), "page " + page);
            assertThat(CatalogueBot.page(page).buttonCount()).as("page %s", page).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void itemKeyboardsAreValidOnVkAndOnTelegramOnlyTheReservePayloadIsTooLongSoTheBotNeedsItsStore() {
        for (int id = 1; id <= CatalogueBot.ITEMS; id++) {
            Keyboard item = CatalogueBot.item(new Item(id, (id - 1) / CatalogueBot.PER_PAGE + 1));
            assertThat(Validator.validate(item, VkPlatform.rules()).violations()).as("item %s on VK", id).isEmpty();
            assertThat(Validator.validate(item, TelegramPlatform.rules()).violations()).as("item %s on Telegram", id)
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("PAYLOAD_TOO_LONG rows[0][0].payload");
        }
    }

    @Test
    void itemKeyboardReservesChecksStockAndGoesBack() {
        Keyboard item = CatalogueBot.item(new Item(9, 2));

        assertThat(item.rows()).extracting(row -> row.stream().map(b -> b.label()).toList())
                .containsExactly(List.of("Reserve", "Check stock"), List.of("◀ Back to page 2"));
        assertThat(payloads(item)).containsExactly(
                List.of("reserve:9:item-9-a-fine-thing-number-9-of-60-from-the-spring-catalogue", "stock:9"),
                List.of("page:2"));
    }

    @Test
    void pagesShowSixItemsInRowsOfTwoAndOnlyTheArrowsThatLeadSomewhere() {
        assertThat(CatalogueBot.PAGES).isEqualTo(10);
        assertThat(CatalogueBot.page(1).rows()).extracting(List::size).containsExactly(2, 2, 2, 1);
        assertThat(CatalogueBot.page(5).rows()).extracting(List::size).containsExactly(2, 2, 2, 2);
        assertThat(CatalogueBot.page(10).rows()).extracting(List::size).containsExactly(2, 2, 2, 1);
        assertThat(CatalogueBot.page(1).rows().get(3).get(0).label()).isEqualTo("▶");
        assertThat(CatalogueBot.page(10).rows().get(3).get(0).label()).isEqualTo("◀");
    }

    @Test
    void codecsRoundTripAndRefuseEachOthersPayloads() {
        assertThat(CatalogueBot.PAGE.pack(new Page(2))).isEqualTo("page:2");
        assertThat(CatalogueBot.ITEM.pack(new Item(60, 10))).isEqualTo("item:60:10");
        assertThat(CatalogueBot.PAGE.unpack("item:60:10")).isEmpty();
        assertThat(CatalogueBot.ITEM.unpack("page:2")).isEmpty();
        assertThat(CatalogueBot.PAGE.unpack("page:11")).isEmpty();
    }

    @Test
    void telegramNextEditsToPageTwoAndAnItemShowsItWithABackButton() {
        bot = CatalogueBot.build(List.of(fakes.telegram()));
        bot.start();
        fakes.telegramDelivers(TelegramUpdates.command(1, "/start"));
        LoggedRequest sent = await(() -> fakes.telegramCalls("sendMessage"), 1, "sendMessage").get(0);
        assertThat(json(sent).path("text").asText()).isEqualTo("Catalogue, page 1 of 10");
        assertThat(telegramPayloads(sent)).containsExactly(List.of("item:1:1", "item:2:1"),
                List.of("item:3:1", "item:4:1"), List.of("item:5:1", "item:6:1"), List.of("page:2"));

        fakes.telegramDelivers(TelegramUpdates.press(2, "q-1", 500, "page:2", "[]"));
        LoggedRequest next = await(() -> fakes.telegramCalls("editMessageText"), 1, "editMessageText").get(0);
        assertThat(json(next).path("text").asText()).isEqualTo("Catalogue, page 2 of 10");
        assertThat(telegramPayloads(next)).containsExactly(List.of("item:7:2", "item:8:2"),
                List.of("item:9:2", "item:10:2"), List.of("item:11:2", "item:12:2"), List.of("page:1", "page:3"));

        fakes.telegramDelivers(TelegramUpdates.press(3, "q-2", 500, "item:9:2", "[]"));
        LoggedRequest item = await(() -> fakes.telegramCalls("editMessageText"), 2, "editMessageText").get(1);
        assertThat(json(item).path("text").asText()).startsWith("Item 9:");
        assertThat(telegramPayloads(item)).hasSize(2);
        assertThat(telegramPayloads(item).get(0).get(0)).as("the stored Reserve payload's token").startsWith("~s:");
        assertThat(telegramPayloads(item).get(0).get(1)).isEqualTo("stock:9");
        assertThat(telegramPayloads(item).get(1)).containsExactly("page:2");

        await(() -> fakes.telegramCalls("answerCallbackQuery"), 2, "answerCallbackQuery");
        bot.stop();
        assertThat(fakes.telegramCalls("answerCallbackQuery")).extracting(r -> json(r).path("callback_query_id")
                .asText()).containsExactly("q-1", "q-2");
    }

    @Test
    void vkNextEditsToPageTwo() {
        bot = CatalogueBot.build(List.of(fakes.vk()));
        bot.start();
        fakes.vkDelivers(VkEvents.message("ev-1", "start", null));
        LoggedRequest sent = await(() -> fakes.vkCalls("messages.send"), 1, "messages.send").get(0);
        assertThat(form(sent)).containsEntry("message", "Catalogue, page 1 of 10");
        assertThat(vkPayloads(sent)).hasSize(4);

        fakes.vkDelivers(VkEvents.press("ev-2", "press-1", 1240, "page:2"));
        LoggedRequest next = await(() -> fakes.vkCalls("messages.edit"), 1, "messages.edit").get(0);
        assertThat(form(next)).containsEntry("message", "Catalogue, page 2 of 10");
        assertThat(vkPayloads(next)).last().isEqualTo(List.of("page:1", "page:3"));

        await(() -> fakes.vkCalls("messages.sendMessageEventAnswer"), 1, "messages.sendMessageEventAnswer");
        bot.stop();
        assertThat(fakes.vkCalls("messages.sendMessageEventAnswer")).hasSize(1);
    }

    private static List<List<String>> payloads(Keyboard keyboard) {
        return keyboard.rows().stream()
                .map(row -> row.stream().map(b -> ((CallbackButton) b).payload()).toList()).toList();
    }

    private static void assertValid(Keyboard keyboard, String what) {
        ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules(), VkPlatform.rules());
        assertThat(report.violations()).as(what).isEmpty();
    }
}
