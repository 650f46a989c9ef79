package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AwaitIdleTest {
    private final FakePlatform telegram = FakePlatform.telegram();

    @Test
    void isIdleAtOnceWhenNothingWasDispatched() throws InterruptedException {
        Bot bot = Bot.builder().platform(telegram).onPress("x", (p, ctx) -> { }).build();

        assertThat(bot.awaitIdle(Duration.ZERO)).isTrue();
    }

    @Test
    void waitsForARunningHandlerAndTheAnswerToItsPress() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Bot bot = Bot.builder().platform(telegram)
                .onPress("slow", (p, ctx) -> {
                    release.await();
                    ctx.answer(PressAnswer.toast("Done"));
                })
                .build();

        bot.dispatch(press("q1", "slow"));

        assertThat(bot.awaitIdle(Duration.ofMillis(50))).isFalse();
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("Done"));
    }

    @Test
    void countsAHandlerThatThrowsAsFinishedOnceThePressIsAnswered() throws InterruptedException {
        Bot bot = Bot.builder().platform(telegram)
                .onPress("boom", (p, ctx) -> {
                    throw new IllegalStateException("boom");
                })
                .build();

        bot.dispatch(press("q1", "boom"));

        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
    }
}
