package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.testing.RecordingListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DuplicatePressTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final FakePlatform vk = FakePlatform.vk();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void theSamePressWithinTheWindowIsAnsweredButNotDispatchedAgain() {
        Bot bot = bot(Duration.ofSeconds(2));

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));
        clock.advance(Duration.ofMillis(1_999));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "vote:yes"));

        assertThat(calls).containsExactly("q1");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("ok"));
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("autoAnswered q2 DUPLICATE");
    }

    @Test
    void afterTheWindowThePressIsDispatchedAgain() {
        Bot bot = bot(Duration.ofSeconds(2));

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));
        clock.advance(Duration.ofSeconds(2));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "vote:yes"));

        assertThat(calls).containsExactly("q1", "q2");
    }

    @Test
    void anotherUserMessagePayloadOrPlatformIsNotADuplicate() {
        Bot bot = bot(Duration.ofSeconds(2));

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 8, 70, 700, "vote:yes"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q3", 7, 70, 701, "vote:yes"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q4", 7, 71, 700, "vote:yes"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q5", 7, 70, 700, "vote:no"));
        bot.dispatch(press(PlatformId.VK, "q6", 7, 70, 700, "vote:yes"));
        bot.dispatch(Updates.inlinePress("q7", 7, "AgA", "vote:yes"));
        bot.dispatch(Updates.inlinePress("q8", 7, "AgA", "vote:yes"));

        assertThat(calls).containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7");
    }

    @Test
    void aZeroWindowTurnsTheFilterOff() {
        Bot bot = bot(Duration.ZERO);

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "vote:yes"));

        assertThat(calls).containsExactly("q1", "q2");
    }

    @Test
    void aPayloadTheReplacedKeyboardOffersAgainIsANewChoice() {
        Bot bot = pagingBot();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "page:2"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "item:9"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q3", 7, 70, 700, "page:2"));

        assertThat(calls).containsExactly("q1", "q2", "q3");
    }

    @Test
    void aPayloadTheReplacedKeyboardNoLongerOffersStaysARepeat() {
        Bot bot = pagingBot();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "page:2"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "page:2"));

        assertThat(calls).containsExactly("q1");
        assertThat(listener.events).contains("autoAnswered q2 DUPLICATE");
    }

    @Test
    void keepingTheKeyboardLeavesADoubleTapARepeat() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress(p -> true, (p, ctx) -> {
                    calls.add(p.pressId());
                    ctx.edit("Counted", KeyboardChange.keep());
                })
                .build();

        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "vote:yes"));

        assertThat(calls).containsExactly("q1");
    }

    /** Page 2 offers item 9; item 9 offers "back to page 2"; each press replaces the keyboard. */
    private Bot pagingBot() {
        Keyboard page2 = Keyboard.inline().row(Button.callback("Item 9", "item:9"), Button.callback("▶", "page:3"))
                .build();
        Keyboard item9 = Keyboard.inline().row(Button.callback("◀ Back to page 2", "page:2")).build();
        return Updates.bot(clock, telegram).listener(listener)
                .onPress(p -> true, (p, ctx) -> {
                    calls.add(p.pressId());
                    Keyboard next = p.payload().orElseThrow().equals("page:2") ? page2 : item9;
                    ctx.edit("Next", KeyboardChange.replace(next));
                })
                .build();
    }

    private Bot bot(Duration window) {
        return Updates.bot(clock, telegram, vk).listener(listener).duplicateWindow(window)
                .onPress(p -> true, (p, ctx) -> {
                    calls.add(p.pressId());
                    ctx.answer(PressAnswer.toast("ok"));
                })
                .build();
    }
}
