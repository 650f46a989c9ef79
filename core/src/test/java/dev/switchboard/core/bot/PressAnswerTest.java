package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.validate.AnswerRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PressAnswerTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final FakePlatform vk = FakePlatform.vk();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void theHandlersAnswerIsSentOnceAndNothingElse() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("x", (p, ctx) -> ctx.answer(PressAnswer.toast("Saved"))).build();

        bot.dispatch(press("q1", "x"));
        clock.advance(Duration.ofMinutes(1));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("Saved"));
        assertThat(listener.events).isEmpty();
        assertThat(clock.pending()).isZero();
    }

    @Test
    void theMessengerLearnsHowOldThePressIsSoItCanResendWithinTheWindow() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("x", (p, ctx) -> {
                    clock.advance(Duration.ofSeconds(3));
                    ctx.answer(PressAnswer.toast("Saved"));
                })
                .onPress("slow", (p, ctx) -> clock.advance(Duration.ofSeconds(9)))
                .build();

        bot.dispatch(press("q1", "x"));
        bot.dispatch(press("q2", "slow"));

        assertThat(telegram.messenger.answerAges).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(8));
    }

    @Test
    void theRuntimeHandsThePlatformMessengerAnswersAlreadyChecked() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("x", (p, ctx) -> ctx.answer(PressAnswer.toast("Saved")))
                .onPress("quiet", (p, ctx) -> calls.add("ran"))
                .build();

        bot.dispatch(press("q1", "x"));
        bot.dispatch(press("q2", "quiet"));

        assertThat(telegram.messenger.requests).extracting(r -> r.pressId() + " " + r.answer())
                .containsExactly("q1 " + PressAnswer.toast("Saved"), "q2 " + PressAnswer.none());
        assertThat(telegram.messenger.requests).allSatisfy(r -> assertThat(r.report().isValid()).isTrue());
    }

    @Test
    void aHandlerThatReturnsWithoutAnsweringGetsNoneAtOnce() {
        Bot bot = Updates.bot(clock, telegram).listener(listener).onPress("x", (p, ctx) -> calls.add("ran")).build();

        bot.dispatch(press("q1", "x"));

        assertThat(calls).containsExactly("ran");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("autoAnswered q1 HANDLER_RETURNED");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void atThePlatformsDeadlineTheRuntimeAnswersNoneAndALaterAnswerIsNotSent() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("slow", (p, ctx) -> {
                    clock.advance(Duration.ofMillis(7_999));
                    calls.add("answers before deadline: " + telegram.messenger.answersTo("q1").size());
                    clock.advance(Duration.ofMillis(1));
                    calls.add("answers at deadline: " + telegram.messenger.answersTo("q1"));
                    ctx.answer(PressAnswer.toast("Too late"));
                    ctx.messenger().answer(p, PressAnswer.alert("Later still"));
                })
                .build();

        bot.dispatch(press("q1", "slow"));

        assertThat(calls).containsExactly("answers before deadline: 0", "answers at deadline: [NoAnswer[cacheTime=PT0S]]");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("autoAnswered q1 DEADLINE", "lateAnswer q1 TOAST",
                "lateAnswer q1 ALERT");
    }

    @Test
    void eachPlatformHasItsOwnDeadlineAndTheBuilderCanOverrideIt() {
        Bot bot = Updates.bot(clock, telegram, vk).listener(listener)
                .answerDeadline(PlatformId.TELEGRAM, Duration.ofSeconds(3))
                .onPress("slow", (p, ctx) -> clock.advance(Duration.ofSeconds(49)))
                .build();

        bot.dispatch(press(PlatformId.TELEGRAM, "t1", 7, 70, 700, "slow"));
        bot.dispatch(press(PlatformId.VK, "v1", 7, 70, 700, "slow"));

        assertThat(listener.events).containsExactly("autoAnswered t1 DEADLINE", "autoAnswered v1 HANDLER_RETURNED");
    }

    @Test
    void vksDeadlineIsFiftySeconds() {
        Bot bot = Updates.bot(clock, vk).listener(listener)
                .onPress("slow", (p, ctx) -> clock.advance(Duration.ofSeconds(50))).build();

        bot.dispatch(press(PlatformId.VK, "v1", 7, 70, 700, "slow"));

        assertThat(listener.events).containsExactly("autoAnswered v1 DEADLINE");
    }

    @Test
    void aHandlerThatThrowsIsReportedWithThePressAnsweredAndTheBotCarriesOn() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("boom", (p, ctx) -> {
                    throw new Exception("boom");
                })
                .onPress("ok", (p, ctx) -> ctx.answer(PressAnswer.toast("fine")))
                .build();

        bot.dispatch(press("q1", "boom"));
        bot.dispatch(press("q2", "ok"));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.toast("fine"));
        assertThat(listener.events).containsExactly("handlerFailed BUTTON_PRESS boom", "autoAnswered q1 HANDLER_FAILED");
    }

    @Test
    void aHandlerThatAnswersAndThenThrowsIsNotAnsweredTwice() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("x", (p, ctx) -> {
                    ctx.answer(PressAnswer.toast("first"));
                    throw new IllegalStateException("then failed");
                })
                .build();

        bot.dispatch(press("q1", "x"));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("first"));
        assertThat(listener.events).containsExactly("handlerFailed BUTTON_PRESS then failed");
    }

    @Test
    void anAnswerThePlatformWouldRejectThrowsToTheHandlerAndLeavesThePressOpen() {
        List<String> errors = new CopyOnWriteArrayList<>();
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("app", (p, ctx) -> {
                    try {
                        ctx.answer(PressAnswer.openApp(51));
                    } catch (AnswerRejectedException e) {
                        errors.add(e.report().errors().get(0).code().name());
                    }
                })
                .onPress("retry", (p, ctx) -> {
                    try {
                        ctx.answer(PressAnswer.toast("x".repeat(201)));
                    } catch (AnswerRejectedException e) {
                        ctx.answer(PressAnswer.toast("shorter"));
                    }
                })
                .build();

        bot.dispatch(press("q1", "app"));
        bot.dispatch(press("q2", "retry"));

        assertThat(errors).containsExactly("UNSUPPORTED_ANSWER");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.toast("shorter"));
        assertThat(listener.events).containsExactly("autoAnswered q1 HANDLER_RETURNED");
    }

    @Test
    void answeringThroughTheContextsMessengerCountsAsTheOneAnswer() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("x", (p, ctx) -> {
                    ctx.messenger().answer(p, PressAnswer.toast("via messenger"));
                    ctx.answer(PressAnswer.toast("again"));
                })
                .build();

        bot.dispatch(press("q1", "x"));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("via messenger"));
        assertThat(listener.events).containsExactly("lateAnswer q1 TOAST");
    }

    @RepeatedTest(20)
    void concurrentAnswersFromHandlerThreadsAndTheDeadlineMakeExactlyOnePlatformCall() throws Exception {
        int racers = 6;
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress(p -> true, (p, ctx) -> {
                    CyclicBarrier start = new CyclicBarrier(racers + 1);
                    List<Thread> threads = new ArrayList<>();
                    for (int i = 0; i < racers; i++) {
                        threads.add(new Thread(() -> {
                            await(start);
                            ctx.answer(PressAnswer.toast("mine"));
                        }));
                    }
                    threads.add(new Thread(() -> {
                        await(start);
                        clock.advance(Duration.ofSeconds(8));
                    }));
                    threads.forEach(Thread::start);
                    for (Thread thread : threads) {
                        thread.join();
                    }
                })
                .build();

        for (int i = 0; i < 10; i++) {
            bot.dispatch(press("q" + i, "x"));
        }

        for (int i = 0; i < 10; i++) {
            assertThat(telegram.messenger.answersTo("q" + i)).hasSize(1);
        }
        assertThat(telegram.messenger.answered).hasSize(10);
    }

    @Test
    void aTextButtonPressHasNothingToAnswer() {
        Bot bot = Updates.bot(clock, vk).listener(listener)
                .onPress("menu", (p, ctx) -> {
                    ctx.answer(PressAnswer.toast("ignored"));
                    calls.add(p.pressId() + " " + p.source());
                })
                .build();

        bot.dispatch(Updates.vkMessage(5, 9, "Menu", Optional.of("menu"), Optional.empty()));

        assertThat(calls).containsExactly("text:9 TEXT");
        assertThat(vk.messenger.answered).isEmpty();
        assertThat(listener.events).isEmpty();
        assertThat(clock.pending()).isZero();
    }

    @Test
    void aListenerThatThrowsDoesNotBreakAnswering() {
        SwitchboardListener broken = new SwitchboardListener() {
            @Override
            public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
                throw new IllegalStateException("broken listener");
            }
        };
        Bot bot = Updates.bot(clock, telegram).listener(broken).build();

        bot.dispatch(press("q1", "x"));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
