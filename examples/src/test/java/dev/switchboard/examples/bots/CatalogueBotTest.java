package dev.switchboard.examples.bots;

import static dev.switchboard.examples.bots.WireMockPlatforms.await;
import static dev.switchboard.examples.bots.WireMockPlatforms.form;
import static dev.switchboard.examples.bots.WireMockPlatforms.json;
import static dev.switchboard.examples.bots.WireMockPlatforms.telegramPayloads;
import static dev.switchboard.examples.bots.WireMockPlatforms.vkPayloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.menu.MenuPage;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.examples.bots.CatalogueBot.Item;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The catalogue on its menu: pages fitted per platform, every one valid, and navigation end to end. */
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
    void theSameCatalogueHasTwelveItemsAPageOnTelegramAndEightOnVkInline() {
        List<MenuPage> telegram = CatalogueBot.pages(PlatformId.TELEGRAM);
        List<MenuPage> vk = CatalogueBot.pages(PlatformId.VK);

        assertThat(telegram).hasSize(5).allMatch(page -> page.itemCount() == 12);
        assertThat(vk).hasSize(8).extracting(MenuPage::itemCount).containsExactly(8, 8, 8, 8, 8, 8, 8, 4);
        assertThat(CatalogueBot.pageText(PlatformId.TELEGRAM, 2)).isEqualTo("Catalogue\n\nPage 2 of 5");
        assertThat(CatalogueBot.pageText(PlatformId.VK, 2)).isEqualTo("Catalogue\n\nPage 2 of 8");
    }

    @Test
    void everyPageIsValidOnItsPlatformAndShowsOnlyTheArrowsThatLeadSomewhere() {
        for (KeyboardRules rules : List.of(TelegramPlatform.rules(), VkPlatform.rules())) {
            List<MenuPage> pages = CatalogueBot.pages(rules.platform());
            for (MenuPage page : pages) {
                Keyboard keyboard = page.keyboard().orElseThrow();
                assertThat(Validator.validate(keyboard, rules).violations()).as("%s", page).isEmpty();
                List<String> navigation = labels(keyboard.rows().get(keyboard.rows().size() - 1));
                assertThat(navigation).as("page %s on %s", page.index() + 1, rules.platform())
                        .isEqualTo(page.index() == 0 ? List.of("›")
                                : page.index() == pages.size() - 1 ? List.of("‹") : List.of("‹", "›"));
            }
        }
    }

    @Test
    void codecsRoundTripAndRefuseEachOthersPayloads() {
        assertThat(CatalogueBot.ITEM.pack(new Item(60))).isEqualTo("item:60");
        assertThat(CatalogueBot.STOCK.pack(new CatalogueBot.Stock(9))).isEqualTo("stock:9");
        assertThat(CatalogueBot.ITEM.unpack("stock:9")).isEmpty();
        assertThat(CatalogueBot.ITEM.unpack("item:61")).isEmpty();
    }

    @Test
    void aSoldOutItemLeavesTheShelfAndCannotBeSoldTwice() {
        CatalogueBot.Shelf shelf = CatalogueBot.Shelf.full();
        shelf.sellOut(10);

        assertThat(shelf.ids()).hasSize(59).doesNotContain(10);
        assertThat(CatalogueBot.menu(shelf, VkPlatform.rules()).pages(VkPlatform.rules()).get(1).itemCount())
                .isEqualTo(8);
        assertThatIllegalArgumentException().isThrownBy(() -> shelf.sellOut(10))
                .withMessageContaining("item 10 is not on the shelf");
    }

    @Test
    void telegramNextEditsToPageTwoAndAnItemShowsItWithReserveStockAndBack() {
        bot = CatalogueBot.build(List.of(fakes.telegram()));
        bot.start();
        fakes.telegramDelivers(TelegramUpdates.command(1, "/start"));
        LoggedRequest sent = await(() -> fakes.telegramCalls("sendMessage"), 1, "sendMessage").get(0);
        assertThat(json(sent).path("text").asText()).isEqualTo("Catalogue\n\nPage 1 of 5");
        List<List<String>> first = telegramPayloads(sent);
        assertThat(first).hasSize(7).allMatch(row -> row.stream().allMatch(p -> p.startsWith("catalogue.")));

        fakes.telegramDelivers(TelegramUpdates.press(2, "q-1", 500, escaped(first.get(6).get(0)), "[]"));
        LoggedRequest next = await(() -> fakes.telegramCalls("editMessageText"), 1, "editMessageText").get(0);
        assertThat(json(next).path("text").asText()).isEqualTo("Catalogue\n\nPage 2 of 5");
        List<List<String>> second = telegramPayloads(next);
        assertThat(second.get(0).get(0)).as("Item 13, by value").contains("item\\:13");

        fakes.telegramDelivers(TelegramUpdates.press(3, "q-2", 500, escaped(second.get(0).get(0)), "[]"));
        LoggedRequest item = await(() -> fakes.telegramCalls("editMessageText"), 2, "editMessageText").get(1);
        assertThat(json(item).path("text").asText()).isEqualTo(CatalogueBot.itemText(13));
        List<List<String>> screen = telegramPayloads(item);
        assertThat(screen).hasSize(2);
        assertThat(screen.get(0).get(0)).as("the stored Reserve payload's token").startsWith("~s:");
        assertThat(screen.get(0).get(1)).isEqualTo("stock:13");
        assertThat(screen.get(1)).as("« Back to page 2").containsExactly("catalogue.o:1");

        await(() -> fakes.telegramCalls("answerCallbackQuery"), 2, "answerCallbackQuery");
        bot.stop();
        assertThat(fakes.telegramCalls("answerCallbackQuery")).extracting(r -> json(r).path("callback_query_id")
                .asText()).containsExactly("q-1", "q-2");
    }

    @Test
    void vkShowsEightItemsAPageAndNextEditsToPageTwo() {
        bot = CatalogueBot.build(List.of(fakes.vk()));
        bot.start();
        fakes.vkDelivers(VkEvents.message("ev-1", "start", null));
        LoggedRequest sent = await(() -> fakes.vkCalls("messages.send"), 1, "messages.send").get(0);
        assertThat(form(sent)).containsEntry("message", "Catalogue\n\nPage 1 of 8");
        List<List<String>> first = vkPayloads(sent);
        assertThat(first).extracting(List::size).containsExactly(2, 2, 2, 2, 1);

        fakes.vkDelivers(VkEvents.press("ev-2", "press-1", 1240, first.get(4).get(0)));
        LoggedRequest next = await(() -> fakes.vkCalls("messages.edit"), 1, "messages.edit").get(0);
        assertThat(form(next)).containsEntry("message", "Catalogue\n\nPage 2 of 8");
        assertThat(vkPayloads(next)).extracting(List::size).containsExactly(2, 2, 2, 2, 2);

        await(() -> fakes.vkCalls("messages.sendMessageEventAnswer"), 1, "messages.sendMessageEventAnswer");
        bot.stop();
        assertThat(fakes.vkCalls("messages.sendMessageEventAnswer")).hasSize(1);
    }

    private static List<String> labels(List<Button> row) {
        return row.stream().map(Button::label).toList();
    }

    /** {@code payload} as a JSON string's content: menu payloads escape their separators with {@code \}. */
    private static String escaped(String payload) {
        return payload.replace("\\", "\\\\");
    }
}
