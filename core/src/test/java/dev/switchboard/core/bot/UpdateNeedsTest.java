package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.UpdateKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateNeedsTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();

    @Test
    void pressHandlersNeedPressesAndMessagesForTextButtons() {
        assertThat(needs(Updates.bot(clock, telegram).onPress("x", (p, ctx) -> { })))
                .isEqualTo(new UpdateNeeds(Set.of(UpdateKind.BUTTON_PRESS, UpdateKind.MESSAGE), false));
        assertThat(needs(Updates.bot(clock, telegram).onPressPrefix("x", (p, ctx) -> { })).kinds())
                .containsExactlyInAnyOrder(UpdateKind.BUTTON_PRESS, UpdateKind.MESSAGE);
    }

    @Test
    void commandTextAndMessageHandlersNeedMessages() {
        assertThat(needs(Updates.bot(clock, telegram).onCommand("start", (m, ctx) -> { })
                .onText("Help", (m, ctx) -> { }).onMessage(m -> true, (m, ctx) -> { })))
                .isEqualTo(new UpdateNeeds(Set.of(UpdateKind.MESSAGE), false));
    }

    @Test
    void blockedAndUnblockedHandlersNeedOnlyTheBotsOwnMembership() {
        assertThat(needs(Updates.bot(clock, telegram).onMembership(Change.BLOCKED, (e, ctx) -> { })
                .onMembership(Change.UNBLOCKED, (e, ctx) -> { })))
                .isEqualTo(new UpdateNeeds(Set.of(UpdateKind.MEMBERSHIP), false));
    }

    @Test
    void anyOtherMembershipHandlerNeedsOtherMembersToo() {
        assertThat(needs(Updates.bot(clock, telegram).onMembership(Change.BLOCKED, (e, ctx) -> { })
                .onMembership(Change.PROMOTED, (e, ctx) -> { })))
                .isEqualTo(new UpdateNeeds(Set.of(UpdateKind.MEMBERSHIP), true));
        assertThat(needs(Updates.bot(clock, telegram).onMembership(e -> true, (e, ctx) -> { })).otherMembers())
                .isTrue();
    }

    @Test
    void migrationHandlersNeedMigrationsAndNoHandlersNeedNothing() {
        assertThat(needs(Updates.bot(clock, telegram).onChatMigrated((m, ctx) -> { })))
                .isEqualTo(new UpdateNeeds(Set.of(UpdateKind.CHAT_MIGRATED), false));
        assertThat(needs(Updates.bot(clock, telegram))).isEqualTo(new UpdateNeeds(Set.of(), false));
    }

    @Test
    void theUserCanOverrideTheDerivedNeeds() {
        assertThat(needs(Updates.bot(clock, telegram).onPress("x", (p, ctx) -> { })
                .updateNeeds(UpdateNeeds.everything()))).isEqualTo(UpdateNeeds.everything());
    }

    @Test
    void eachPlatformsSourceIsAskedForTheDerivedNeeds() {
        FakePlatform vk = FakePlatform.vk();
        Bot bot = Updates.bot(clock, telegram, vk).onPress("x", (p, ctx) -> { })
                .onMembership(Change.BLOCKED, (e, ctx) -> { }).build();
        UpdateNeeds expected = new UpdateNeeds(Set.of(UpdateKind.BUTTON_PRESS, UpdateKind.MESSAGE,
                UpdateKind.MEMBERSHIP), false);

        bot.start();
        bot.stop();

        assertThat(telegram.needs).containsExactly(expected);
        assertThat(vk.needs).containsExactly(expected);
    }

    private static UpdateNeeds needs(Bot.Builder builder) {
        return builder.build().needs();
    }
}
