package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.fuzz.Bounded;
import dev.switchboard.core.fuzz.GeneratedJson;
import dev.switchboard.core.fuzz.JsonMutants;
import dev.switchboard.core.fuzz.Mutant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the VK update reader with mutated samples and generated envelopes: a single read ends in
 * an update or an {@link UpdateParseException}; a long-poll read never lets a bad update escape,
 * and throws nothing but {@link UpdateParseException} for a broken response; nothing hangs.
 * Seeded, so CI is reproducible.
 */
class VkUpdateReaderFuzzTest {
    private static final UpdateReader READER = VkPlatform.updates();
    private static final List<String> ENVELOPES = List.of("group_join.json", "group_leave.json",
            "message_allow.json", "message_deny.json", "message_event_foreign_payload.json",
            "message_event_object_payload.json", "message_event_string_payload.json",
            "message_new_chat_invite_user.json", "message_new_plain_in_chat.json", "message_new_start_button.json",
            "message_new_text_button.json", "unknown_event_type.json", "callback_with_secret.json");
    private static final List<String> RESPONSES = List.of("longpoll_updates.json", "longpoll_failed_1.json",
            "longpoll_failed_2.json", "longpoll_failed_3.json");
    private static final List<String> TYPES = List.of("message_new", "message_event", "message_allow",
            "message_deny", "group_join", "group_leave", "wall_post_new", "");

    @Property(tries = 3000, seed = "20261202")
    void mutatedEnvelopeThrowsOnlyUpdateParseException(@ForAll("mutatedEnvelopes") Mutant input) {
        assertOnlyParseException(Bounded.thrownBy(() -> READER.read(input.bytes())));
        assertOnlyParseException(Bounded.thrownBy(() -> READER.read(input.text())));
    }

    @Property(tries = 2000, seed = "20261203")
    void mutatedLongPollResponseThrowsOnlyUpdateParseException(@ForAll("mutatedResponses") Mutant input) {
        assertOnlyParseException(Bounded.thrownBy(() -> VkUpdateReader.INSTANCE.readLongPoll(input.bytes())));
    }

    @Property(tries = 500, seed = "20261204")
    void longPollOfWellFormedEnvelopesNeverThrowsAndAccountsForEach(@ForAll("envelopes") List<String> elements) {
        byte[] body = ("{\"ts\":\"7\",\"updates\":[" + String.join(",", elements) + "]}")
                .getBytes(StandardCharsets.UTF_8);
        UpdateBatch[] batch = new UpdateBatch[1];

        Throwable thrown = Bounded.thrownBy(() -> batch[0] = READER.readBatch(body));

        assertThat(thrown).as("thrown by readBatch").isNull();
        assertThat(batch[0].updates().size() + batch[0].skipped().size()).isEqualTo(elements.size());
        assertThat(batch[0].skipped()).extracting(SkippedUpdate::error).allSatisfy(
                error -> assertThat(error).isExactlyInstanceOf(UpdateParseException.class));
    }

    @Property(tries = 400, seed = "20261205")
    void generatedEnvelopeThrowsOnlyUpdateParseException(@ForAll("envelope") String json) {
        assertOnlyParseException(Bounded.thrownBy(() -> READER.read(json)));
    }

    @Provide
    Arbitrary<Mutant> mutatedEnvelopes() {
        return JsonMutants.of(ENVELOPES, ENVELOPES.stream().map(VkSamples::bytes).toList());
    }

    @Provide
    Arbitrary<Mutant> mutatedResponses() {
        return JsonMutants.of(RESPONSES, RESPONSES.stream().map(VkSamples::bytes).toList());
    }

    /** An envelope of a known type around a generated object, the object before or after the type. */
    @Provide
    Arbitrary<String> envelope() {
        Arbitrary<String> type = Arbitraries.of(TYPES);
        Arbitrary<String> object = GeneratedJson.object(3);
        return Combinators.combine(type, object, Arbitraries.of(true, false)).as((t, o, typeFirst) -> typeFirst
                ? "{\"type\":\"" + t + "\",\"object\":" + o + ",\"group_id\":1,\"event_id\":\"e\"}"
                : "{\"group_id\":1,\"object\":" + o + ",\"event_id\":\"e\",\"type\":\"" + t + "\"}");
    }

    @Provide
    Arbitrary<List<String>> envelopes() {
        return Arbitraries.oneOf(envelope(), GeneratedJson.value(2)).list().ofMaxSize(4);
    }

    private static void assertOnlyParseException(Throwable thrown) {
        if (thrown != null) {
            assertThat(thrown).as("thrown by the reader").isExactlyInstanceOf(UpdateParseException.class);
        }
    }
}
