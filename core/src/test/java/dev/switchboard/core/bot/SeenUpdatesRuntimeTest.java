package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.testing.RecordingListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An update delivered again (same platform id) is handled once, across a restart when the store is shared. */
class SeenUpdatesRuntimeTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> handled = new CopyOnWriteArrayList<>();

    private Bot.Builder bot(SeenUpdates seen) {
        return Updates.bot(clock, telegram).listener(listener).seenUpdates(seen)
                .onPress("x", (p, ctx) -> {
                    handled.add(p.pressId());
                    ctx.answer(PressAnswer.toast("ok"));
                })
                .onText("hi", (m, ctx) -> handled.add("message " + m.messageId()));
    }

    @Test
    void anUpdateDeliveredAgainIsHandledAndAnsweredOnce() {
        Bot bot = bot(SeenUpdates.inMemory()).build();
        ButtonPress press = press("q1", "x");
        MessageReceived message = Updates.message("hi");

        bot.dispatch(press);
        bot.dispatch(message);
        bot.dispatch(press);
        bot.offer(message);

        assertThat(handled).containsExactly("q1", "message 1");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("ok"));
        assertThat(listener.events).containsExactly("updateDuplicate " + press.updateId().orElseThrow(),
                "updateDuplicate " + message.updateId().orElseThrow());
    }

    @Test
    void aSharedStoreRecognisesAnUpdateHandledBeforeARestart() {
        SeenUpdates shared = SeenUpdates.inMemory();
        ButtonPress press = press("q1", "x");
        Bot first = bot(shared).build();
        first.dispatch(press);
        first.stop();

        Bot second = bot(shared).build();
        second.dispatch(press);
        second.dispatch(press("q2", "x"));

        assertThat(handled).containsExactly("q1", "q2");
    }

    @Test
    void anUpdateRefusedWhileStoppingIsNotMarkedSoTheNextBotHandlesIt() {
        SeenUpdates shared = SeenUpdates.inMemory();
        ButtonPress press = press("q1", "x");
        Bot first = bot(shared).build();
        first.stop();
        assertThatThrownBy(() -> first.offer(press)).isInstanceOf(UpdateRefusedException.class);

        Bot second = bot(shared).build();
        second.dispatch(press);

        assertThat(handled).containsExactly("q1");
    }

    @Test
    void updatesWithoutAPlatformIdAreNeverTakenForRepeats() {
        Bot bot = Updates.bot(clock, telegram).listener(listener).onChatMigrated((m, ctx) -> handled.add("migrated"))
                .build();

        bot.dispatch(Updates.migrated(PlatformId.TELEGRAM, -1, -100));
        bot.dispatch(Updates.migrated(PlatformId.TELEGRAM, -2, -200));

        assertThat(handled).containsExactly("migrated", "migrated");
        assertThat(listener.events).isEmpty();
    }
}
