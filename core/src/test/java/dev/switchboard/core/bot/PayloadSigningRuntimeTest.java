package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.PayloadFixtures.LONG;
import static dev.switchboard.core.bot.PayloadFixtures.OTHER_SIGNER;
import static dev.switchboard.core.bot.PayloadFixtures.SIGNER;
import static dev.switchboard.core.bot.PayloadFixtures.inline;
import static dev.switchboard.core.bot.PayloadFixtures.wirePayload;
import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Payload signing in the runtime ({@code Bot.Builder.signPayloads}), alone and with a store: payloads signed on the
 * way out, verified before any handler on the way in, tampered or foreign ones rejected. Platforms here take
 * payloads of at most 30 characters.
 */
class PayloadSigningRuntimeTest extends PayloadRuntimeFixture {
    @Test
    void payloadsAreSignedOnTheWayOutAndVerifiedBeforeRouting() {
        Bot bot = builder().signPayloads(SIGNER).build();

        bot.messenger(PlatformId.VK).send(9, "Vote", inline("vote:7:y"));
        String wire = wirePayload(vk, 0);
        bot.dispatch(press(PlatformId.VK, "q1", 9, 9, 90, wire));

        assertThat(wire).isEqualTo(SIGNER.sign("vote:7:y"));
        assertThat(calls).containsExactly("vote vote:7:y");
    }

    @Test
    void aTamperedPayloadIsRejectedBeforeAnyHandlerRuns() {
        Bot bot = builder().signPayloads(SIGNER).build();
        String signed = SIGNER.sign("vote:7:y");
        String tag = signed.substring(signed.indexOf('|'));

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:7:n" + tag));

        assertThat(calls).isEmpty();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("payloadRejected q1 bad or missing signature",
                "autoAnswered q1 PAYLOAD_REJECTED");
    }

    @Test
    void aTamperedTagOrAnotherKeysTagIsRejected() {
        Bot bot = builder().signPayloads(SIGNER).build();
        String signed = SIGNER.sign("vote:7:y");
        char last = signed.charAt(signed.length() - 1);
        String badTag = signed.substring(0, signed.length() - 1) + (last == 'A' ? 'B' : 'A');

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, badTag));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, OTHER_SIGNER.sign("vote:7:y")));

        assertThat(calls).isEmpty();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.none());
    }

    @Test
    void aForeignUnsignedPayloadOrNoPayloadIsRejected() {
        Bot bot = builder().signPayloads(SIGNER).build();
        ButtonPress empty = new ButtonPress(PlatformId.VK, Optional.empty(), "q2", 9, OptionalLong.of(9),
                OptionalLong.of(90), Optional.empty(), Optional.empty(), true, PressSource.CALLBACK,
                RawJson.of("{}"));

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:7:y"));
        bot.dispatch(empty);

        assertThat(calls).isEmpty();
        assertThat(listener.events).containsExactly("payloadRejected q1 bad or missing signature",
                "autoAnswered q1 PAYLOAD_REJECTED", "payloadRejected q2 no payload to verify",
                "autoAnswered q2 PAYLOAD_REJECTED");
    }

    @Test
    void textPressesAreVerifiedTooAndAnUnsignedOneIsNeitherAPressNorAMessage() {
        Bot bot = builder().signPayloads(SIGNER).build();
        bot.messenger(PlatformId.TELEGRAM).send(70, "Vote", Keyboard.standard().row(Button.text("Yes", "vote:1"))
                .build());

        bot.dispatch(Updates.message(PlatformId.TELEGRAM, 7, 70, 5, "Yes"));
        bot.dispatch(Updates.vkMessage(9, 1, "Yes", Optional.of("vote:1"), Optional.empty()));
        bot.dispatch(Updates.vkMessage(9, 2, "Yes", Optional.of(SIGNER.sign("vote:1")), Optional.empty()));

        assertThat(calls).containsExactly("vote vote:1", "vote vote:1");
        assertThat(listener.events).containsExactly("payloadRejected text:1 bad or missing signature");
        assertThat(vk.messenger.answered).isEmpty();
    }

    @Test
    void withoutAStoreASignatureThatPushesAPayloadOverTheLimitFailsTheSend() {
        Bot bot = builder().signPayloads(SIGNER).build();
        String fits = "vote:" + "x".repeat(20); // 25 characters, 34 signed

        assertThatThrownBy(() -> bot.messenger(PlatformId.TELEGRAM).send(70, "Vote", inline(fits)))
                .isInstanceOf(KeyboardRejectedException.class);
        assertThat(telegram.messenger.sent).isEmpty();
    }


    @Test
    void aPayloadThatSigningPushesOverTheLimitIsStoredAndItsTokenSigned() {
        Bot bot = builder().payloadStore(store).signPayloads(SIGNER).build();
        String fits = "vote:" + "x".repeat(20); // 25 characters, 34 signed

        bot.messenger(PlatformId.TELEGRAM).send(70, "Vote", inline(fits, "vote:1"));
        String wire = wirePayload(telegram, 0);
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, wire));

        assertThat(SIGNER.verify(wire)).hasValueSatisfying(token ->
                assertThat(token).startsWith(PayloadStore.TOKEN_PREFIX));
        assertThat(wirePayload(telegram, 1)).isEqualTo(SIGNER.sign("vote:1"));
        assertThat(store.puts).hasValue(1);
        assertThat(calls).containsExactly("vote " + fits);
    }

    @Test
    void anUnsignedOrWronglySignedTokenIsRejectedNotExpired() {
        List<String> expired = new CopyOnWriteArrayList<>();
        Bot bot = builder().payloadStore(store).signPayloads(SIGNER)
                .onExpiredPress((p, ctx) -> expired.add(p.payload().orElseThrow())).build();
        bot.messenger(PlatformId.TELEGRAM).send(70, "Pick", inline(LONG));
        String token = SIGNER.verify(wirePayload(telegram, 0)).orElseThrow();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, token));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, OTHER_SIGNER.sign(token)));
        bot.dispatch(press(PlatformId.TELEGRAM, "q3", 7, 70, 700, SIGNER.sign("~s:unknown")));

        assertThat(calls).isEmpty();
        assertThat(expired).containsExactly("~s:unknown");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.none());
        assertThat(telegram.messenger.answersTo("q3"))
                .containsExactly(PressAnswer.toast("This button has expired."));
    }
}
