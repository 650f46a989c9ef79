package dev.switchboard.examples.bots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.AutoAnswerReason;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalogue on the testkit's fakes: a stored payload, a handler slower than the deadline, and a
 * press on a page that changed since it was shown.
 */
@Timeout(30)
class CatalogueBotOnFakesTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    private final Map<PlatformId, AutoAnswerReason> autoAnswered = new ConcurrentHashMap<>();
    private final SwitchboardListener listener = new SwitchboardListener() {
        @Override
        public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
            autoAnswered.put(press.platform(), reason);
        }
    };

    @Test
    void reserveGoesOutAsATokenOnTelegramAndTheHandlerGetsTheWholeSlugOnBothPlatforms() throws Exception {
        Bot bot = CatalogueBot.builder(fakes.platforms()).build();
        fakes.run(bot, () -> {
            for (FakeUser user : List.of(fakes.telegram().user("Oleg"), fakes.vk().user("Petya"))) {
                user.sends("/start").presses("Item 1");
                String reserve = ((CallbackButton) user.lastKeyboard().orElseThrow().rows().get(0).get(0)).payload();
                if (user.platform().equals(PlatformId.TELEGRAM)) {
                    assertThat(reserve).startsWith("~s:").hasSizeLessThanOrEqualTo(64);
                } else {
                    assertThat(reserve).isEqualTo(CatalogueBot.RESERVE.pack(
                            new CatalogueBot.Reservation(1, CatalogueBot.slug(1))));
                }

                user.presses("Reserve");

                assertThat(user.lastAnswer()).isEqualTo(PressAnswer.toast("Reserved: " + CatalogueBot.slug(1)));
            }
        });
    }

    @Test
    void checkStockSlowerThanTheDeadlineIsAnsweredByTheRuntimeAndThenEditsTheItem() throws Exception {
        Bot bot = CatalogueBot.builder(fakes.platforms(), Duration.ofMillis(600)).listener(listener)
                .answerDeadline(PlatformId.TELEGRAM, Duration.ofMillis(200))
                .answerDeadline(PlatformId.VK, Duration.ofMillis(200))
                .build();
        fakes.run(bot, () -> {
            for (FakeUser user : List.of(fakes.telegram().user("Oleg"), fakes.vk().user("Petya"))) {
                user.sends("/start").presses("Item 5").presses("Check stock");

                assertThat(user.lastAnswer()).isEqualTo(PressAnswer.none());
                assertThat(autoAnswered).containsEntry(user.platform(), AutoAnswerReason.DEADLINE);
                assertThat(user.lastMessage().text())
                        .isEqualTo(CatalogueBot.itemText(5) + "\n" + CatalogueBot.stockText(5));
                assertThat(user.lastMessage().buttonLabels().get(0)).containsExactly("Reserve", "Check stock");
            }
        });
        assertThat(fakes.stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void aPressOnAPageShownBeforeAnItemSoldOutIsAnsweredWithThePageAsItIsNow() throws Exception {
        CatalogueBot.Shelf shelf = CatalogueBot.Shelf.full();
        Bot bot = CatalogueBot.builder(fakes.platforms(), Duration.ofMillis(10), shelf).build();
        fakes.run(bot, () -> {
            List<FakeUser> users = List.of(fakes.telegram().user("Oleg"), fakes.vk().user("Petya"));
            users.forEach(user -> user.sends("/start").presses("›"));
            shelf.sellOut(16); // on page 2 of both: Telegram 13-24, VK 9-16

            for (FakeUser user : users) {
                user.presses("Item 15");

                assertThat(user.lastAnswer()).as("on %s", user.platform())
                        .isEqualTo(PressAnswer.toast(CatalogueBot.STALE_NOTICE));
                assertThat(user.lastMessage().text()).isEqualTo(CatalogueBot.pageText(user.platform(), 2));
                assertThat(user.lastMessage().buttonLabels().stream().flatMap(List::stream))
                        .contains("Item 15", "Item 17").doesNotContain("Item 16");
                user.presses("Item 15");
                assertThat(user.lastMessage().text()).isEqualTo(CatalogueBot.itemText(15));
            }
        });
    }
}
