package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.message;
import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MembershipSubject;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.PayloadCodec;
import dev.switchboard.core.testing.RecordingListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RoutingTest {
    /** Packs ints as {@code n:<int>}; anything else is not its payload. */
    private static final PayloadCodec<Integer> NUMBER = new PayloadCodec<>() {
        @Override
        public String pack(Integer value) {
            return "n:" + value;
        }

        @Override
        public Optional<Integer> unpack(String payload) {
            return payload.matches("n:-?\\d+") ? Optional.of(Integer.parseInt(payload.substring(2))) : Optional.empty();
        }
    };

    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final FakePlatform vk = FakePlatform.vk();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void theFirstMatchingHandlerWinsInRegistrationOrder() {
        Bot bot = Updates.bot(clock, telegram)
                .onPress(p -> p.payload().orElse("").startsWith("a"), (p, ctx) -> calls.add("first " + p.payload().get()))
                .onPress("ab", (p, ctx) -> calls.add("exact ab"))
                .onPress(p -> true, (p, ctx) -> calls.add("any " + p.payload().get()))
                .build();

        bot.dispatch(press("q1", "ab"));
        bot.dispatch(press("q2", "b"));

        assertThat(calls).containsExactly("first ab", "any b");
    }

    @Test
    void payloadsRouteExactlyOrBySegmentNeverBySubstring() {
        Bot bot = Updates.bot(clock, telegram)
                .onPress("menu:help", (p, ctx) -> calls.add("help " + p.payload().get()))
                .onPressPrefix("cat", (p, ctx) -> calls.add("cat " + p.payload().get()))
                .build();

        for (String payload : List.of("menu:help", "menu:help2", "menu:hel", "cat", "cat:5", "cat:5:2", "category",
                "cats:1", "xcat:1")) {
            bot.dispatch(press("q-" + payload, payload));
        }

        assertThat(calls).containsExactly("help menu:help", "cat cat", "cat cat:5", "cat cat:5:2");
        assertThat(telegram.messenger.answersTo("q-category")).containsExactly(PressAnswer.none());
    }

    @Test
    void aCodecRouteTakesOnlyPayloadsItUnpacksAndGetsTheValue() {
        Bot bot = Updates.bot(clock, telegram)
                .onPress(NUMBER, (p, value, ctx) -> calls.add("number " + (value + 1)))
                .onPress(p -> true, (p, ctx) -> calls.add("other " + p.payload().get()))
                .build();

        bot.dispatch(press("q1", "n:41"));
        bot.dispatch(press("q2", "n:x"));
        bot.dispatch(press("q3", "nn:1"));

        assertThat(calls).containsExactly("number 42", "other n:x", "other nn:1");
    }

    @Test
    void anUnmatchedPressIsAnsweredWithNoneAtOnce() {
        RecordingListener listener = new RecordingListener();
        Bot bot = Updates.bot(clock, telegram).listener(listener).onPress("known", (p, ctx) -> calls.add("known"))
                .build();

        bot.dispatch(press("q1", "unknown"));

        assertThat(calls).isEmpty();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("autoAnswered q1 UNMATCHED");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void aCommandMatchesSlashFormsTheVkStartButtonAndThePlainName() {
        Bot bot = Updates.bot(clock, telegram, vk)
                .onCommand("start", (m, ctx) -> calls.add("start: " + m.text()))
                .onMessage(m -> true, (m, ctx) -> calls.add("other: " + m.text()))
                .build();

        for (String text : List.of("/start", "/start@AnyBot", "/start deep-link", " Start ", "start", "/starter",
                "/start2", "restart", "/Start", "/help start")) {
            bot.dispatch(message(text));
        }
        bot.dispatch(Updates.vkMessage(5, 9, "Начать", Optional.of("{\"command\":\"start\"}"), Optional.empty()));

        assertThat(calls).containsExactly("start: /start", "start: /start@AnyBot", "start: /start deep-link",
                "start:  Start ", "start: start", "other: /starter", "other: /start2", "other: restart",
                "other: /Start", "other: /help start", "start: Начать");
    }

    @Test
    void commandNamesAreCheckedAndMayCarryTheirSlash() {
        Bot bot = Updates.bot(clock, telegram).onCommand("/help", (m, ctx) -> calls.add("help")).build();

        bot.dispatch(message("/help"));

        assertThat(calls).containsExactly("help");
        assertThatThrownBy(() -> Bot.builder().onCommand("two words", (m, ctx) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two words");
        assertThatThrownBy(() -> Bot.builder().onPressPrefix("cat:", (p, ctx) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without the ':'");
    }

    @Test
    void onTextMatchesTheWholeTextExactly() {
        Bot bot = Updates.bot(clock, telegram).onText("Help", (m, ctx) -> calls.add("help")).build();

        bot.dispatch(message("Help"));
        bot.dispatch(message("help"));
        bot.dispatch(message("Help me"));

        assertThat(calls).containsExactly("help");
    }

    @Test
    void membershipRoutesByChangeOrPredicateAndMigrationsReachTheirHandler() {
        Bot bot = Updates.bot(clock, telegram)
                .onMembership(Change.BLOCKED, (e, ctx) -> calls.add("blocked " + ctx.chatId().getAsLong()))
                .onMembership(e -> e.subject() == MembershipSubject.USER, (e, ctx) -> calls.add("user " + e.change()))
                .onChatMigrated((m, ctx) -> calls.add("migrated to " + ctx.chatId().getAsLong()))
                .build();

        bot.dispatch(Updates.membership(PlatformId.TELEGRAM, Change.BLOCKED, MembershipSubject.BOT));
        bot.dispatch(Updates.membership(PlatformId.TELEGRAM, Change.UNBLOCKED, MembershipSubject.BOT));
        bot.dispatch(Updates.membership(PlatformId.TELEGRAM, Change.LEFT, MembershipSubject.USER));
        bot.dispatch(Updates.migrated(PlatformId.TELEGRAM, -1, -100));
        bot.dispatch(Updates.ignored(PlatformId.TELEGRAM));

        assertThat(calls).containsExactly("blocked 70", "user LEFT", "migrated to -100");
    }

    @Test
    void aPredicateThatThrowsCountsAsAFailedHandlerAndThePressIsAnswered() {
        RecordingListener listener = new RecordingListener();
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress(p -> {
                    throw new IllegalStateException("bad predicate");
                }, (p, ctx) -> calls.add("never"))
                .build();

        bot.dispatch(press("q1", "x"));

        assertThat(calls).isEmpty();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("handlerFailed BUTTON_PRESS bad predicate",
                "autoAnswered q1 HANDLER_FAILED");
    }

    @Test
    void theContextRepliesToTheChatAndEditsThePressedMessage() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("Again", "again")).build();
        Bot bot = Updates.bot(clock, telegram)
                .onCommand("start", (m, ctx) -> ctx.reply("Hi", keyboard))
                .onPress("again", (p, ctx) -> {
                    ctx.edit("Pressed", KeyboardChange.keep());
                    ctx.edit(KeyboardChange.remove());
                })
                .build();

        bot.dispatch(message("/start"));
        bot.dispatch(press("q1", "again"));

        assertThat(telegram.messenger.sent).containsExactly(new RecordingMessenger.Sent(70, "Hi", Optional.of(keyboard)));
        assertThat(telegram.messenger.edited).extracting(RecordingMessenger.Edited::via, RecordingMessenger.Edited::text,
                RecordingMessenger.Edited::change).containsExactly(
                        tuple("press", Optional.of("Pressed"), KeyboardChange.keep()),
                        tuple("press", Optional.empty(), KeyboardChange.remove()));
    }

    @Test
    void aContextRefusesWhatItsUpdateCannotDo() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        Bot bot = Updates.bot(clock, telegram)
                .onText("edit", (m, ctx) -> {
                    try {
                        ctx.answer(PressAnswer.none());
                    } catch (IllegalStateException e) {
                        errors.add(e);
                    }
                })
                .onChatMigrated((m, ctx) -> assertThat(ctx.userId()).isEmpty())
                .onPress("x", (p, ctx) -> {
                    assertThat(ctx.chatId()).isEmpty();
                    try {
                        ctx.reply("nowhere");
                    } catch (IllegalStateException e) {
                        errors.add(e);
                    }
                })
                .build();

        bot.dispatch(message("edit"));
        bot.dispatch(Updates.inlinePress("q1", 7, "AgA", "x"));

        assertThat(errors).extracting(Throwable::getMessage).containsExactly(
                "only a press can be edited or answered, this is a MESSAGE",
                "this BUTTON_PRESS has no chat to reply to");
    }

    @Test
    void anUpdateOfAnotherPlatformIsRefused() {
        Bot bot = Updates.bot(clock, telegram).build();

        assertThatThrownBy(() -> bot.dispatch(Updates.message(PlatformId.VK, 1, 1, 1, "hi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no platform vk in this bot");
        assertThatThrownBy(() -> Bot.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a bot needs at least one platform");
        assertThatThrownBy(() -> Bot.builder().platform(telegram).platform(FakePlatform.telegram()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("platform telegram added twice");
    }

    @Test
    void platformsAddsEveryPlatformOfAListInOrderAndEachOnlyOnce() {
        Bot bot = Updates.bot(clock).platforms(List.of(telegram, vk)).build();

        assertThat(bot.platforms()).containsExactly(PlatformId.TELEGRAM, PlatformId.VK);
        assertThatThrownBy(() -> Bot.builder().platforms(List.of(telegram, FakePlatform.telegram())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("platform telegram added twice");
        assertThatThrownBy(() -> Bot.builder().platform(vk).platforms(List.of(telegram, FakePlatform.vk())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("platform vk added twice");
    }
}
