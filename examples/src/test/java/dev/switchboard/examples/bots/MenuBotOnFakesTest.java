package dev.switchboard.examples.bots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.vk.VkPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The menu example on both fakes: nested screens, a cart per user, and today's picks as cards. */
@Timeout(60)
class MenuBotOnFakesTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test
    void homeOpensTheTeasFittedToEachPlatformAndATeaScreenGoesBackAndHome() throws Exception {
        fakes.run(MenuBot.build(fakes.platforms()), () -> bothUsers().forEach(ira -> {
            ira.sends("/start");
            assertThat(ira.lastMessage().text()).isEqualTo(MenuBot.HOME_TEXT);
            assertThat(ira.lastMessage().buttonLabels())
                    .containsExactly(List.of("Teas"), List.of("Today's picks"), List.of("Cart"));

            ira.presses("Teas");
            boolean telegram = ira.platform().equals(PlatformId.TELEGRAM);
            assertThat(ira.lastMessage().text()).isEqualTo("Teas\n\nPage 1 of " + (telegram ? 2 : 4));
            assertThat(teas(ira)).hasSize(telegram ? 12 : 7);
            assertThat(Validator.validate(ira.lastKeyboard().orElseThrow(),
                    telegram ? TelegramPlatform.rules() : VkPlatform.rules()).errors()).isEmpty();

            ira.presses("›").presses(teas(ira).get(0));
            String first = telegram ? "Lapsang souchong" : "Biluochun";
            assertThat(ira.lastMessage().text()).isEqualTo(MenuBot.describe(telegram ? 13 : 8));
            assertThat(ira.lastMessage().text()).startsWith(first);
            assertThat(ira.lastMessage().buttonLabels())
                    .containsExactly(List.of("Add to cart"), List.of("« Back", "⌂ Home"));
            ira.presses("« Back");
            assertThat(ira.lastMessage().text()).isEqualTo("Teas\n\nPage 2 of " + (telegram ? 2 : 4));
            ira.presses(first).presses("⌂ Home");
            assertThat(ira.lastMessage().text()).isEqualTo(MenuBot.HOME_TEXT);
            assertThat(ira.messages()).as("every screen edited the one message").hasSize(1);
        }));
    }

    @Test
    void theCartIsEachUsersOwnAndRemovingATeaShowsTheCartAgain() throws Exception {
        fakes.run(MenuBot.build(fakes.platforms()), () -> {
            for (FakeUser ira : bothUsers()) {
                ira.sends("/start").presses("Teas").presses("Matcha").presses("Add to cart");
                assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Matcha is in your cart"));
                ira.presses("⌂ Home").presses("Cart");
                assertThat(ira.lastMessage().text()).isEqualTo("Your cart");
                assertThat(teas(ira)).containsExactly("Matcha");

                ira.presses("Matcha").presses("Remove");
                assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Matcha left your cart"));
                assertThat(ira.lastMessage().text()).isEqualTo("Your cart\n\nYour cart is empty.");
            }
            FakeUser oleg = fakes.telegram().user("Oleg").sends("/start").presses("Cart");
            assertThat(oleg.lastMessage().text()).isEqualTo("Your cart\n\nYour cart is empty.");
        });
    }

    @Test
    void todaysPicksAreACarouselOnVkAndTextWithButtonsOnTelegram() throws Exception {
        fakes.run(MenuBot.build(fakes.platforms()), () -> {
            FakeUser vk = fakes.vk().user("Ira").sends("/start").presses("Today's picks");
            FakeUser telegram = fakes.telegram().user("Ira").sends("/start").presses("Today's picks");

            assertThat(vk.lastMessage().text()).isEqualTo(MenuBot.PICKS_TEXT);
            assertThat(vk.lastMessage().cardTitles()).containsExactly("Matcha", "Assam", "Tieguanyin");
            assertThat(telegram.lastMessage().cardTitles()).isEmpty();
            assertThat(telegram.lastMessage().text()).startsWith(MenuBot.PICKS_TEXT + "\n\n1. Matcha — ");
            assertThat(telegram.lastMessage().buttonLabels()).hasSize(3)
                    .allMatch(row -> row.equals(List.of("Add to cart", "All teas")));

            for (FakeUser ira : List.of(vk, telegram)) {
                ira.pressesAt(1, 0);
                assertThat(ira.lastAnswer()).as("on %s", ira.platform())
                        .isEqualTo(PressAnswer.toast("Assam is in your cart"));
                ira.pressesAt(0, 1);
                assertThat(ira.lastMessage().text()).as("on %s", ira.platform()).startsWith("Teas\n\nPage 1 of ");
                assertThat(ira.messages()).hasSize(1);
            }
        });
    }

    private List<FakeUser> bothUsers() {
        return List.of(fakes.telegram().user("Ira"), fakes.vk().user("Ira"));
    }

    private static List<String> teas(FakeUser user) {
        return user.lastMessage().buttonLabels().stream().flatMap(List::stream)
                .filter(label -> !List.of("‹", "›", "« Back", "⌂ Home").contains(label)).toList();
    }
}
