package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TextButtonTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final FakePlatform vk = FakePlatform.vk();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<ButtonPress> presses = new CopyOnWriteArrayList<>();

    private Bot.Builder builder() {
        return Updates.bot(clock, telegram, vk)
                .onPressPrefix("pick", (p, ctx) -> {
                    presses.add(p);
                    calls.add("press " + p.payload().get());
                })
                .onMessage(m -> true, (m, ctx) -> calls.add("message " + m.text()));
    }

    private static Keyboard menu(String... labelsAndPayloads) {
        var builder = Keyboard.standard();
        for (int i = 0; i < labelsAndPayloads.length; i += 2) {
            builder.row(Button.text(labelsAndPayloads[i], labelsAndPayloads[i + 1]));
        }
        return builder.row(Button.text("Plain")).build();
    }

    @Test
    void onTelegramALabelOfTheLastStandardKeyboardBecomesAPressWithItsPayload() {
        Bot bot = builder().build();
        bot.messenger(PlatformId.TELEGRAM).send(70, "Choose", menu("Tea", "pick:tea", "Coffee", "pick:coffee"));

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 5, "Coffee"));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 6, "Plain"));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 7, "coffee"));

        assertThat(calls).containsExactly("press pick:coffee", "message Plain", "message coffee");
        ButtonPress press = presses.get(0);
        assertThat(press.source()).isEqualTo(PressSource.TEXT);
        assertThat(press.pressId()).isEqualTo("text:5");
        assertThat(press.userId()).isEqualTo(7);
        assertThat(press.chatId()).isEqualTo(OptionalLong.of(70));
        assertThat(press.messageId()).isEmpty();
        assertThat(telegram.messenger.answered).isEmpty();
    }

    @Test
    void twoChatsWithDifferentKeyboardsMapTheSameLabelToTheirOwnPayloads() {
        Bot bot = Updates.bot(clock, telegram)
                .onCommand("start", (m, ctx) -> ctx.reply("Menu", m.chatId() == 1
                        ? menu("Go", "pick:one") : menu("Go", "pick:two")))
                .onPressPrefix("pick", (p, ctx) -> calls.add(p.chatId().getAsLong() + " " + p.payload().get()))
                .onMessage(m -> true, (m, ctx) -> calls.add(m.chatId() + " message " + m.text()))
                .build();
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 1, 1, "/start"));
        bot.dispatch(message(PlatformId.TELEGRAM, 8, 2, 1, "/start"));

        bot.dispatch(message(PlatformId.TELEGRAM, 8, 2, 2, "Go"));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 1, 2, "Go"));
        bot.dispatch(message(PlatformId.TELEGRAM, 9, 3, 2, "Go"));

        assertThat(calls).containsExactly("2 pick:two", "1 pick:one", "3 message Go");
    }

    @Test
    void aRemovedKeyboardIsForgottenAndAnInlineOneLeavesTheStandardOneInPlace() {
        Bot bot = builder().build();
        Messenger messenger = bot.messenger(PlatformId.TELEGRAM);
        messenger.send(70, "Choose", menu("Tea", "pick:tea"));
        messenger.send(70, "Inline", Keyboard.inline().row(Button.callback("Tea", "pick:inline")).build());

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 5, "Tea"));
        messenger.send(70, "Bye", Keyboard.remove());
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 6, "Tea"));

        assertThat(calls).containsExactly("press pick:tea", "message Tea");
    }

    @Test
    void theMemoryForgetsKeyboardsAfterTheirAgeAndBeyondItsSize() {
        Bot bot = builder().rememberKeyboards(1, Duration.ofHours(1)).build();
        Messenger messenger = bot.messenger(PlatformId.TELEGRAM);
        messenger.send(1, "Choose", menu("Tea", "pick:one"));
        messenger.send(2, "Choose", menu("Tea", "pick:two"));

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 1, 5, "Tea"));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 2, 5, "Tea"));
        clock.advance(Duration.ofHours(1));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 2, 6, "Tea"));

        assertThat(calls).containsExactly("message Tea", "press pick:two", "message Tea");
    }

    @Test
    void aVkMessageCarryingAPayloadIsATextPressButTheStartButtonStaysAMessage() {
        Bot bot = builder().build();

        bot.dispatch(Updates.vkMessage(5, 9, "Tea", Optional.of("pick:tea"), Optional.empty()));
        bot.dispatch(Updates.vkMessage(5, 10, "Начать", Optional.of("{\"command\":\"start\"}"), Optional.empty()));

        assertThat(calls).containsExactly("press pick:tea", "message Начать");
        assertThat(presses.get(0).platform()).isEqualTo(PlatformId.VK);
        assertThat(presses.get(0).pressId()).isEqualTo("text:9");
        assertThat(vk.messenger.answered).isEmpty();
    }

    @Test
    void aTextPressNoPressHandlerTakesReachesTheMessageHandlersAsTheMessageItWas() {
        Bot bot = builder().build();

        bot.dispatch(Updates.vkMessage(5, 9, "Other", Optional.of("other:1"), Optional.empty()));

        assertThat(calls).containsExactly("message Other");
    }

    @Test
    void aKeyboardSentThroughTheContextIsRememberedForThatChat() {
        Bot bot = Updates.bot(clock, telegram)
                .onText("menu", (m, ctx) -> ctx.messenger().send(m.chatId(), "Menu", menu("Tea", "pick:tea")))
                .onPressPrefix("pick", (p, ctx) -> calls.add("press " + p.payload().get()))
                .build();

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 1, "menu"));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 2, "Tea"));

        assertThat(calls).containsExactly("press pick:tea");
    }
}
