package dev.switchboard.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.validate.CardsRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cards through the bot runtime on the fakes: a VK carousel for apps that show one, text and an
 * inline keyboard for apps that do not, for users the runtime has not heard from, and on Telegram.
 */
class FakeVkCardsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FALLBACK_TEXT = "Today's teas\n\n1. Sencha — Green, Japan\n2. Assam — Black, India\n"
            + "3. Tieguanyin — Oolong, China";

    @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();

    private static Card tea(String name, String kind) {
        return Card.titled(name).description(kind).button(Button.callback("Buy", "buy:" + name.toLowerCase())).build();
    }

    private static Cards teas() {
        return Cards.of("Today's teas", tea("Sencha", "Green, Japan"), tea("Assam", "Black, India"),
                tea("Tieguanyin", "Oolong, China"));
    }

    private Bot bot() {
        return Bot.builder().platforms(fakes.platforms())
                .onCommand("start", (message, ctx) -> ctx.reply(teas()))
                .onCommand("eleven", (message, ctx) -> {
                    List<Card> eleven = new ArrayList<>();
                    for (int i = 0; i < 11; i++) {
                        eleven.add(tea("Tea" + i, "Kind"));
                    }
                    try {
                        ctx.reply(Cards.of("Too many", eleven));
                    } catch (CardsRejectedException e) {
                        ctx.reply("rejected: " + e.report().errors().get(0).code());
                    }
                })
                .onPressPrefix("buy", (press, ctx) -> {
                    ctx.answer(PressAnswer.toast("Added " + press.payload().orElseThrow()));
                    ctx.edit(Cards.of("In your cart", tea("Sencha", "Green, Japan"), tea("Assam", "Black, India")));
                })
                .build();
    }

    @Test
    void sendsACarouselToAVkAppThatShowsOne() throws Exception {
        fakes.run(bot(), () -> {
            SentMessage sent = fakes.vk().user("Ira").sends("/start").lastMessage();

            assertThat(sent.text()).isEqualTo("Today's teas");
            assertThat(sent.markup()).isEmpty();
            assertThat(sent.template().orElseThrow()).isEqualTo(fixture("cards/teas_carousel.json"));
            assertThat(sent.cardTitles()).containsExactly("Sencha", "Assam", "Tieguanyin");
            assertThat(sent.buttonLabels()).containsExactly(List.of("Buy"), List.of("Buy"), List.of("Buy"));
        });
    }

    @Test
    void pressingACarouselButtonIsACallbackPressOnTheMessage() throws Exception {
        fakes.run(bot(), () -> {
            FakeUser ira = fakes.vk().user("Ira").sends("/start").pressesAt(1, 0);

            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Added buy:assam"));
            assertThat(ira.messages()).hasSize(1);
        });
    }

    @Test
    void editsTheMessageIntoANewCarousel() throws Exception {
        fakes.run(bot(), () -> {
            FakeUser ira = fakes.vk().user("Ira").sends("/start").pressesAt(0, 0);

            SentMessage edited = ira.lastMessage();
            assertThat(ira.messages()).hasSize(1);
            assertThat(edited.text()).isEqualTo("In your cart");
            assertThat(edited.cardTitles()).containsExactly("Sencha", "Assam");
            assertThat(fakes.vk().stats().messagesEdited()).isEqualTo(1);
        });
    }

    @Test
    void carouselPayloadsPassThroughThePayloadPipelineLikeKeyboardPayloads() throws Exception {
        Bot signed = Bot.builder().platforms(fakes.platforms())
                .signPayloads(PayloadSigner.hmacSha256("0123456789abcdef0123456789abcdef".getBytes(UTF_8)))
                .onCommand("start", (message, ctx) -> ctx.reply(teas()))
                .onPressPrefix("buy", (press, ctx) -> ctx.answer(PressAnswer.toast("Got " + press.payload().orElseThrow())))
                .build();
        fakes.run(signed, () -> {
            FakeUser ira = fakes.vk().user("Ira").sends("/start");

            String sentPayload = ira.lastMessage().template().orElseThrow().path("elements").get(1).path("buttons")
                    .get(0).path("action").path("payload").asText();
            assertThat(sentPayload).startsWith("{\"p\":\"buy:assam").isNotEqualTo("{\"p\":\"buy:assam\"}");
            assertThat(ira.pressesAt(1, 0).lastAnswer()).isEqualTo(PressAnswer.toast("Got buy:assam"));
        });
    }

    @Test
    void sendsTextAndAnInlineKeyboardToAVkAppWithoutCarousels() throws Exception {
        fakes.vk().clientsShowCarousels(false);
        fakes.run(bot(), () -> {
            FakeUser ira = fakes.vk().user("Ira").sends("/start");

            SentMessage sent = ira.lastMessage();
            assertThat(sent.template()).isEmpty();
            assertThat(sent.text()).isEqualTo(FALLBACK_TEXT);
            assertThat(sent.keyboard().orElseThrow().type()).isEqualTo(KeyboardType.INLINE);
            assertThat(sent.buttonLabels()).containsExactly(List.of("Buy"), List.of("Buy"), List.of("Buy"));
            ira.pressesAt(2, 0);
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Added buy:tieguanyin"));
            assertThat(ira.lastMessage().text()).isEqualTo("In your cart\n\n1. Sencha — Green, Japan\n"
                    + "2. Assam — Black, India");
            assertThat(ira.lastMessage().template()).isEmpty();
        });
    }

    @Test
    void sendsTheFallbackToAVkUserWhoseAppIsNotKnownYet() throws Exception {
        Bot bot = bot();
        fakes.run(bot, () -> {
            long stranger = 4242;
            bot.messenger(PlatformId.VK).send(stranger, teas());

            SentMessage sent = fakes.vk().lastMessage(stranger).orElseThrow();
            assertThat(sent.template()).isEmpty();
            assertThat(sent.text()).isEqualTo(FALLBACK_TEXT);
            assertThat(sent.buttonLabels()).containsExactly(List.of("Buy"), List.of("Buy"), List.of("Buy"));
        });
    }

    @Test
    void sendsTheFallbackOnTelegramAndEditsItThere() throws Exception {
        fakes.run(bot(), () -> {
            FakeUser ira = fakes.telegram().user("Ira").sends("/start");

            SentMessage sent = ira.lastMessage();
            assertThat(sent.template()).isEmpty();
            assertThat(sent.text()).isEqualTo(FALLBACK_TEXT);
            assertThat(sent.keyboard().orElseThrow().type()).isEqualTo(KeyboardType.INLINE);
            assertThat(sent.buttonLabels()).containsExactly(List.of("Buy"), List.of("Buy"), List.of("Buy"));
            ira.pressesAt(1, 0);
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Added buy:assam"));
            assertThat(ira.lastMessage().text()).startsWith("In your cart\n\n1. Sencha");
            assertThat(ira.messages()).hasSize(1);
        });
    }

    @Test
    void cardsVkWouldRefuseNeverReachTheApiWhateverTheApp() throws Exception {
        fakes.run(bot(), () -> {
            FakeUser withCarousel = fakes.vk().user("Ira").sends("/eleven");
            assertThat(withCarousel.lastMessage().text()).isEqualTo("rejected: TOO_MANY_CARDS");
            fakes.vk().clientsShowCarousels(false);
            FakeUser without = fakes.vk().user("Oleg").sends("/eleven");
            assertThat(without.lastMessage().text()).isEqualTo("rejected: TOO_MANY_CARDS");
            // Telegram has no carousel: eleven cards are eleven rows of its inline keyboard.
            assertThat(fakes.telegram().user("Ira").sends("/eleven").lastMessage().buttonLabels()).hasSize(11);
            assertThat(fakes.vk().stats().sendsRefused()).isZero();
        });
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = FakeVkCardsTest.class.getResourceAsStream("/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
