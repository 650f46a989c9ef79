package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.PayloadFixtures.LONG;
import static dev.switchboard.core.bot.PayloadFixtures.LONG_NAME;
import static dev.switchboard.core.bot.PayloadFixtures.inline;
import static dev.switchboard.core.bot.PayloadFixtures.wirePayload;
import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The payload store in the runtime ({@code Bot.Builder.payloadStore}, {@code onExpiredPress}): overlong payloads go
 * out as tokens and come back resolved; short ones are never stored; unknown or expired tokens reach only the
 * expired-press handler and the user gets a toast. Platforms here take payloads of at most 30 characters.
 */
class PayloadStoreRuntimeTest extends PayloadRuntimeFixture {
    @Test
    void anOverlongPayloadGoesOutAsATokenAndItsPressReachesTheCodecHandlerWithTheOriginal() {
        assertThat(LONG.length()).isGreaterThan(30);
        Bot bot = builder().payloadStore(store).build();

        bot.messenger(PlatformId.TELEGRAM).send(70, "Pick", inline(LONG));
        String token = wirePayload(telegram, 0);
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, token));

        assertThat(token).startsWith(PayloadStore.TOKEN_PREFIX).hasSize(15);
        assertThat(store.puts).hasValue(1);
        assertThat(calls).containsExactly("item " + LONG_NAME + " 3 " + LONG);
    }

    @Test
    void payloadsWithinTheLimitAreNeverStored() {
        Bot bot = builder().payloadStore(store).build();
        String exactlyAtLimit = "vote:" + "x".repeat(25);

        bot.messenger(PlatformId.TELEGRAM).send(70, "Vote", inline("vote:1", exactlyAtLimit));
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, wirePayload(telegram, 1)));

        assertThat(wirePayload(telegram, 0)).isEqualTo("vote:1");
        assertThat(wirePayload(telegram, 1)).isEqualTo(exactlyAtLimit);
        assertThat(store.puts).hasValue(0);
        assertThat(calls).containsExactly("vote " + exactlyAtLimit);
    }

    @Test
    void editedKeyboardsAreStoredToo() {
        Bot bot = builder().payloadStore(store).build();

        bot.messenger(PlatformId.VK).edit(MessageRef.of(PlatformId.VK, 5, 50), Optional.of("Pick"),
                KeyboardChange.replace(inline(LONG)));

        Keyboard edited = vk.messenger.edited.get(0).change().keyboard().orElseThrow();
        assertThat(edited.rows().get(0).get(0).carriedPayload().orElseThrow())
                .startsWith(PayloadStore.TOKEN_PREFIX);
    }

    @Test
    void aVkTextButtonSendsItsTokenAndThePressWithItResolvesLikeACallback() {
        Bot bot = builder().payloadStore(store).build();

        bot.messenger(PlatformId.VK).send(9, "Pick", Keyboard.standard().row(Button.text("Item", LONG)).build());
        String token = ((TextButton) vk.messenger.lastSent().keyboard().orElseThrow().rows().get(0).get(0))
                .payload().orElseThrow();
        bot.dispatch(Updates.vkMessage(9, 1, "Item", Optional.of(token), Optional.empty()));

        assertThat(token).startsWith(PayloadStore.TOKEN_PREFIX);
        assertThat(calls).containsExactly("item " + LONG_NAME + " 3 " + LONG);
    }

    @Test
    void aTelegramTextButtonPayloadNeverLeavesTheProcessSoItIsNotStoredAndItsLabelStillMaps() {
        Bot bot = builder().payloadStore(store).build();

        bot.messenger(PlatformId.TELEGRAM).send(70, "Pick", Keyboard.standard().row(Button.text("Item", LONG))
                .build());
        bot.dispatch(Updates.message(PlatformId.TELEGRAM, 7, 70, 5, "Item"));

        assertThat(store.puts).hasValue(0);
        assertThat(calls).containsExactly("item " + LONG_NAME + " 3 " + LONG);
    }

    @Test
    void withoutAStoreAnOverlongPayloadFailsTheSendBeforeAnyRequest() {
        Bot bot = builder().build();

        assertThatThrownBy(() -> bot.messenger(PlatformId.TELEGRAM).send(70, "Pick", inline(LONG)))
                .isInstanceOf(KeyboardRejectedException.class);
        assertThat(telegram.messenger.sent).isEmpty();
    }


    @Test
    void anExpiredTokenGoesToTheExpiredHandlerOnlyAndTheUserGetsTheToast() {
        List<ButtonPress> expired = new CopyOnWriteArrayList<>();
        Bot bot = builder().payloadStore(store).onExpiredPress((p, ctx) -> expired.add(p)).build();
        bot.messenger(PlatformId.TELEGRAM).send(70, "Pick", inline(LONG));
        String token = wirePayload(telegram, 0);

        clock.advance(Duration.ofMinutes(11));
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, token));

        assertThat(calls).isEmpty();
        assertThat(expired).singleElement().satisfies(p -> {
            assertThat(p.payload()).contains(token);
            assertThat(p.pressId()).isEqualTo("q1");
        });
        assertThat(telegram.messenger.answersTo("q1"))
                .containsExactly(PressAnswer.toast("This button has expired."));
        assertThat(listener.events).containsExactly("autoAnswered q1 PAYLOAD_EXPIRED");
    }

    @Test
    void anExpiredHandlerThatAnswersIsTheOnlyAnswer() {
        Bot bot = builder().payloadStore(store)
                .onExpiredPress((p, ctx) -> ctx.answer(PressAnswer.alert("Send /start again"))).build();

        bot.dispatch(press(PlatformId.VK, "q1", 7, 70, 700, "~s:AAAAAAAAAAAA"));

        assertThat(vk.messenger.answersTo("q1")).containsExactly(PressAnswer.alert("Send /start again"));
        assertThat(calls).isEmpty();
    }

    @Test
    void anExpiredHandlerThatThrowsOrOverrunsTheDeadlineStillLeavesTheUserTheToast() {
        Bot bot = builder().payloadStore(store).onExpiredPress((p, ctx) -> {
            if (p.pressId().equals("q1")) {
                throw new IllegalStateException("boom");
            }
            clock.advance(Duration.ofSeconds(9));
        }).build();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "~s:gone"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 701, "~s:gone"));

        PressAnswer toast = PressAnswer.toast("This button has expired.");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(toast);
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(toast);
        assertThat(listener.events).containsExactly("handlerFailed BUTTON_PRESS boom",
                "autoAnswered q1 HANDLER_FAILED", "autoAnswered q2 DEADLINE");
        assertThat(calls).isEmpty();
    }

    @Test
    void anUnknownOrForgedTokenWithoutAnExpiredHandlerGetsTheConfiguredAnswerAndNoHandlerRuns() {
        Bot bot = builder().payloadStore(store).expiredPressAnswer(PressAnswer.toast("Too old")).build();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "~s:forged"));

        assertThat(calls).isEmpty();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("Too old"));
    }

    @Test
    void anExpiredAnswerThePlatformWouldRejectBecomesNone() {
        Bot bot = builder().payloadStore(store).expiredPressAnswer(PressAnswer.toast("x".repeat(201))).build();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "~s:forged"));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
    }

    @Test
    void anExpiredTextPressIsNotTreatedAsAMessage() {
        List<String> expired = new CopyOnWriteArrayList<>();
        Bot bot = builder().payloadStore(store).onExpiredPress((p, ctx) -> {
            expired.add(p.source() + " " + p.payload().orElseThrow());
            ctx.answer(PressAnswer.toast("ignored: nothing to answer"));
        }).build();

        bot.dispatch(Updates.vkMessage(9, 1, "Item", Optional.of("~s:gone"), Optional.empty()));

        assertThat(expired).containsExactly(PressSource.TEXT + " ~s:gone");
        assertThat(calls).isEmpty();
        assertThat(vk.messenger.answered).isEmpty();
    }

    @Test
    void withoutAStoreATokenLikePayloadIsAnOrdinaryPayload() {
        Bot bot = builder().build();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "~s:whatever"));

        assertThat(calls).containsExactly("any ~s:whatever");
    }
}
