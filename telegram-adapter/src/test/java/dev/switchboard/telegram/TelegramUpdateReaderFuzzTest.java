package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.fuzz.Bounded;
import dev.switchboard.core.fuzz.GeneratedJson;
import dev.switchboard.core.fuzz.JsonMutants;
import dev.switchboard.core.fuzz.Mutant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the Telegram update reader with mutated samples and generated JSON: a single read ends in
 * an update or an {@link UpdateParseException}; a batch read never lets a bad update escape, and
 * throws nothing but {@link UpdateParseException} for a broken envelope; nothing hangs. Seeded, so
 * CI is reproducible.
 */
class TelegramUpdateReaderFuzzTest {
    private static final UpdateReader READER = TelegramPlatform.updates();
    private static final List<String> UPDATES = List.of("callback_query.json", "callback_query_game.json",
            "callback_query_inaccessible_message.json", "callback_query_inline_message.json",
            "chat_member_joined_via_link.json", "chat_member_promoted.json",
            "chat_member_restricted_not_member.json", "message_command_start.json", "message_migrate_to_chat.json",
            "message_text_from_reply_keyboard.json", "my_chat_member_added_as_admin.json",
            "my_chat_member_blocked.json", "my_chat_member_unblocked.json", "unknown_update_type.json");
    private static final List<String> BATCHES = List.of("get_updates_batch.json", "error_409_conflict.json",
            "error_429_retry_after.json");

    @Property(tries = 3000, seed = "20261202")
    void mutatedUpdateThrowsOnlyUpdateParseException(@ForAll("mutatedUpdates") Mutant input) {
        assertOnlyParseException(Bounded.thrownBy(() -> READER.read(input.bytes())));
        assertOnlyParseException(Bounded.thrownBy(() -> READER.read(input.text())));
    }

    @Property(tries = 3000, seed = "20261203")
    void mutatedBatchThrowsOnlyUpdateParseException(@ForAll("mutatedBatches") Mutant input) {
        assertOnlyParseException(Bounded.thrownBy(() -> READER.readBatch(input.bytes())));
    }

    @Property(tries = 500, seed = "20261204")
    void batchOfWellFormedElementsNeverThrowsAndAccountsForEach(@ForAll("generatedUpdates") List<String> elements) {
        byte[] body = ("{\"ok\":true,\"result\":[" + String.join(",", elements) + "]}")
                .getBytes(StandardCharsets.UTF_8);
        UpdateBatch[] batch = new UpdateBatch[1];

        Throwable thrown = Bounded.thrownBy(() -> batch[0] = READER.readBatch(body));

        assertThat(thrown).as("thrown by readBatch").isNull();
        assertThat(batch[0].updates().size() + batch[0].skipped().size()).isEqualTo(elements.size());
        assertThat(batch[0].skipped()).extracting(SkippedUpdate::error).allSatisfy(
                error -> assertThat(error).isExactlyInstanceOf(UpdateParseException.class));
    }

    @Property(tries = 700, seed = "20261205")
    void generatedUpdateThrowsOnlyUpdateParseException(@ForAll("generatedUpdate") String json) {
        assertOnlyParseException(Bounded.thrownBy(() -> READER.read(json)));
    }

    @Provide
    Arbitrary<Mutant> mutatedUpdates() {
        return JsonMutants.of(UPDATES, samples(UPDATES));
    }

    @Provide
    Arbitrary<Mutant> mutatedBatches() {
        return JsonMutants.of(BATCHES, samples(BATCHES));
    }

    @Provide
    Arbitrary<String> generatedUpdate() {
        return GeneratedJson.object(3);
    }

    @Provide
    Arbitrary<List<String>> generatedUpdates() {
        return GeneratedJson.value(3).list().ofMaxSize(4);
    }

    private static void assertOnlyParseException(Throwable thrown) {
        if (thrown != null) {
            assertThat(thrown).as("thrown by the reader").isExactlyInstanceOf(UpdateParseException.class);
        }
    }

    private static List<byte[]> samples(List<String> names) {
        return names.stream().map(TelegramUpdateReaderFuzzTest::sample).toList();
    }

    private static byte[] sample(String name) {
        try (InputStream in = TelegramUpdateReaderFuzzTest.class.getResourceAsStream("/telegram/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
