package dev.switchboard.benchmarks.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link MemorySoak} small and pins what the bot keeps per chat: every structure that grows
 * with the number of chats is bounded, and what only lives while an update is handled is empty
 * once the bot is idle. Entry counts only; the heap figures are printed, not asserted.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MemorySoakTest {
    private static final int CHATS = 2_000;
    private static final int ENTRY_SAMPLE = 10_000;
    private static SoakReport report;

    @BeforeAll
    static void run() {
        report = MemorySoak.run(CHATS, List.of(0, CHATS / 2, CHATS), ENTRY_SAMPLE);
        System.out.print(report.table());
    }

    @Test
    void everyStructureThatGrowsWithTheChatsIsBoundedInSizeOrAge() {
        SoakReport.Checkpoint first = report.checkpoints().get(0);
        for (Structure structure : report.last().structures()) {
            if (!structure.bounded()) {
                assertThat(structure.entries()).as(structure.path() + " is not bounded; it must not grow with chats")
                        .isEqualTo(first.entries(structure.path()));
            }
        }
    }

    @Test
    void noCacheHoldsMoreThanItsMaximum() {
        assertThat(report.last().structures()).filteredOn(s -> s.maxEntries().isPresent())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.entries()).as(s.path()).isLessThanOrEqualTo(s.maxEntries().getAsLong()));
    }

    @Test
    void whatLivesOnlyWhileAnUpdateIsHandledIsEmptyOnceTheBotIsIdle() {
        for (String transientState : List.of("bot.dispatcher.order.waiting", "bot.dispatcher.answers.pending",
                "bot.dispatcher.handling", "bot.chatLeases.leases.held")) {
            assertThat(report.last().structures()).as(transientState)
                    .anySatisfy(s -> assertThat(s.path()).isEqualTo(transientState));
            assertThat(report.last().entries(transientState)).as(transientState).isZero();
        }
    }

    @Test
    void eachChatStoresItsLongPayloadOnceAndIsRememberedByTheBoundedCaches() {
        SoakReport.Checkpoint last = report.last();

        assertThat(last.entries("bot.dispatcher.pipeline.store.payloads")).isEqualTo(CHATS);
        assertThat(last.entries("bot.dispatcher.seen.seen")).isEqualTo(2L * CHATS);
        assertThat(last.entries("bot.dispatcher.answers.answered")).isEqualTo(CHATS);
        assertThat(last.entries("bot.dispatcher.duplicates.recent.presses")).isEqualTo(CHATS);
        assertThat(last.entries("bot.dispatcher.clients.capabilities")).isEqualTo(CHATS / 2);
    }

    @Test
    void measuresTheCostOfAnEntryOfEveryInMemoryStore() {
        assertThat(report.bytesPerEntry()).containsOnlyKeys("stored payload (" + MemorySoak.PAYLOAD_CHARS
                + " characters)", "seen update", "recent press", "press claim");
        assertThat(report.bytesPerEntry().values()).allSatisfy(bytes -> assertThat(bytes).isPositive());
        assertThat(report.bytesPerEntry().get("stored payload (" + MemorySoak.PAYLOAD_CHARS + " characters)"))
                .as("a stored payload costs its characters and the cache's bookkeeping")
                .isGreaterThan(MemorySoak.PAYLOAD_CHARS);
    }
}
