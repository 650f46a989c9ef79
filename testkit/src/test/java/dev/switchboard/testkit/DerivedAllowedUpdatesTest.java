package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MembershipChange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runtime asks FakeTelegram for the update types its handlers need, and gets only those. */
class DerivedAllowedUpdatesTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramOnly();

    @Test
    void aBotWithOnlyABlockedHandlerGetsBlocksButNoJoins() throws Exception {
        List<MembershipChange> seen = new CopyOnWriteArrayList<>();
        Bot bot = Bot.builder().platform(fakes.telegramPlatform())
                .onMembership(Change.BLOCKED, (event, ctx) -> seen.add(event)).build();

        fakes.run(bot, () -> fakes.telegram().user("Ira").joins(-1001987654321L).blocks());

        assertThat(seen).extracting(MembershipChange::change).containsExactly(Change.BLOCKED);
        assertThat(fakes.telegram().stats().updatesDelivered()).isEqualTo(1);
    }

    @Test
    void aBotWithoutPressHandlersNeverGetsPresses() throws Exception {
        Bot bot = Bot.builder().platform(fakes.telegramPlatform())
                .onCommand("start", (message, ctx) -> ctx.reply("Do you like it?", ScriptedBot.VOTE)).build();

        fakes.run(bot, () -> fakes.telegram().user("Ira").sends("/start").presses("Yes"));

        assertThat(fakes.telegram().stats()).isEqualTo(new FakeStats(1, 0, 0, 0, 1, 0, 0));
    }
}
