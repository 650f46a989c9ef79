package dev.switchboard.examples.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.SentMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cards bot of docs/menus.md on FakeTelegram and FakeVk, as the page describes it. */
class CardsOnFakesTest {
    @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test
    void vkShowsACarouselAndTelegramTextWithAKeyboard() throws Exception {
        fakes.run(TeaBot.build(fakes.platforms()), () -> {
            SentMessage vk = fakes.vk().user("Ira").sends("/start").lastMessage();
            SentMessage telegram = fakes.telegram().user("Ira").sends("/start").lastMessage();

            assertThat(vk.cardTitles()).containsExactly("Sencha", "Assam");
            assertThat(vk.text()).isEqualTo("Today's teas");
            assertThat(telegram.text()).isEqualTo("Today's teas\n\n1. Sencha — Green, Japan\n"
                    + "   https://example.com/Sencha\n2. Assam — Black, India\n   https://example.com/Assam");
            assertThat(telegram.buttonLabels()).containsExactly(List.of("Buy", "About"), List.of("Buy", "About"));
        });
    }

    @Test
    void buyingEditsTheMessageOnBothPlatforms() throws Exception {
        fakes.run(TeaBot.build(fakes.platforms()), () -> {
            for (FakeUser ira : List.of(fakes.vk().user("Ira"), fakes.telegram().user("Ira"))) {
                ira.sends("/start").pressesAt(1, 0);

                assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Assam is in your cart"));
                assertThat(ira.messages()).hasSize(1);
                assertThat(ira.lastMessage().text()).startsWith("In your cart");
            }
        });
    }
}
