package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ChatMigrationTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Bot bot = Updates.bot(clock, telegram)
            .onChatMigrated((m, ctx) -> calls.add("migrated " + m.fromChatId() + " -> " + m.toChatId()))
            .onText("menu", (m, ctx) -> ctx.reply("Menu", Keyboard.standard()
                    .row(Button.text("Tea", "pick:tea")).build()))
            .onPressPrefix("pick", (p, ctx) -> calls.add("press in " + p.chatId().getAsLong()))
            .build();

    @Test
    void aMigrationReportedThroughThePlatformsListenerReachesTheHandler() {
        assertThat(telegram.listeners).hasSize(1);

        telegram.listeners.get(0).chatMigrated(Updates.migrated(PlatformId.TELEGRAM, -1, -100));

        assertThat(calls).containsExactly("migrated -1 -> -100");
    }

    @Test
    void aSendThatLandsInAnotherChatIsReportedAsAMigrationAndItsKeyboardRemembered() {
        telegram.messenger.migrate(-1, -100);

        bot.dispatch(Updates.message(PlatformId.TELEGRAM, 7, -1, 1, "menu"));
        bot.dispatch(Updates.message(PlatformId.TELEGRAM, 7, -100, 2, "Tea"));

        assertThat(calls).containsExactly("migrated -1 -> -100", "press in -100");
    }

    @Test
    void oneMigrationIsHandledOnceHoweverOftenItIsReported() {
        bot.dispatch(Updates.migrated(PlatformId.TELEGRAM, -1, -100));
        bot.dispatch(Updates.migrated(PlatformId.TELEGRAM, -1, -100));
        telegram.listeners.get(0).chatMigrated(Updates.migrated(PlatformId.TELEGRAM, -1, -100));
        bot.dispatch(Updates.migrated(PlatformId.TELEGRAM, -2, -200));

        assertThat(calls).containsExactly("migrated -1 -> -100", "migrated -2 -> -200");
    }
}
