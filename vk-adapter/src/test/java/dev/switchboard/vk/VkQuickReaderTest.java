package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.Update;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick reader reads only what the Jackson reader reads, into the very same update: whenever
 * it does not decline, the Jackson reader accepts the input and builds an equal update. Seeded, so
 * CI is reproducible.
 */
class VkQuickReaderTest {
    private static final List<String> ENVELOPES = List.of("group_join.json", "group_leave.json",
            "message_allow.json", "message_deny.json", "message_event_foreign_payload.json",
            "message_event_object_payload.json", "message_event_string_payload.json",
            "message_new_chat_invite_user.json", "message_new_plain_in_chat.json", "message_new_start_button.json",
            "message_new_text_button.json", "unknown_event_type.json", "callback_with_secret.json");
    private static final String MESSAGE_NEW = "{\"group_id\":218375169,\"type\":\"message_new\",\"event_id\":\"6a1b\","
            + "\"v\":\"5.199\",\"object\":{\"message\":{\"date\":1700000000,\"from_id\":612512941,\"id\":41,"
            + "\"attachments\":[],\"conversation_message_id\":1234,\"fwd_messages\":[],\"important\":false,"
            + "\"peer_id\":612512941,\"random_id\":0,\"text\":\"Помощь\",\"payload\":\"{\\\"p\\\":\\\"menu:help\\\"}\"},"
            + "\"client_info\":{\"button_actions\":[\"text\",\"vkpay\",\"callback\"],\"keyboard\":true,"
            + "\"inline_keyboard\":1,\"carousel\":false,\"lang_id\":0}}}";
    private static final String MESSAGE_EVENT = "{\"group_id\":218375169,\"type\":\"message_event\","
            + "\"event_id\":\"e7f1\",\"v\":\"5.199\",\"object\":{\"user_id\":612512941,\"peer_id\":2000000094,"
            + "\"event_id\":\"feleyinek\",\"payload\":{\"p\":\"vote:yes\"},\"conversation_message_id\":1234}}";

    @ParameterizedTest
    @ValueSource(strings = {"message_event_foreign_payload.json", "message_event_object_payload.json",
        "message_event_string_payload.json", "message_new_plain_in_chat.json", "message_new_start_button.json",
        "message_new_text_button.json"})
    void readsTheCommonSamplesIntoTheJacksonReadersUpdate(String sample) {
        byte[] bytes = VkSamples.bytes(sample);

        Update quick = VkQuickReader.read(bytes);

        assertThat(quick).isNotNull().isEqualTo(VkUpdateReader.INSTANCE.readWithParser(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {MESSAGE_NEW, MESSAGE_EVENT,
        " \n{\"type\":\"message_event\",\"object\":{\"user_id\":-1,\"peer_id\":0,\"event_id\":\"a\\\"b\\u0416\\ud83e\\udd94\","
            + "\"payload\":[1, {\"x\" : -0.5e+3}],\"conversation_message_id\":null,\"extra\":{\"k\":[true,false,null]}}} \t",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\","
            + "\"payload\":{ \"p\" : \"x\" , \"q\":1}}}",
        "{\"type\":\"message_new\",\"event_id\":null,\"group_id\":null,\"object\":{\"message\":{\"peer_id\":2,"
            + "\"conversation_message_id\":3,\"text\":\"[club1|Bot], hi\",\"payload\":null,\"action\":null},"
            + "\"client_info\":{\"button_actions\":[\"text\",\"fly\",\"ф\"],\"lang_id\":null,\"carousel\":7}}}"})
    void readsHandWrittenEnvelopesIntoTheJacksonReadersUpdate(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        Update quick = VkQuickReader.read(bytes);

        assertThat(quick).isNotNull().isEqualTo(VkUpdateReader.INSTANCE.readWithParser(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"},\"type\":\"message_event\"}",
        "{\"type\":\"message_event\",\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"t\\u0079pe\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1234567890123456789,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1.0,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":01,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\",\"payload\":7}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"}} x",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\",}}",
        "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\u0001\"}}",
        "\uFEFF{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"e\"}}",
        "{\"type\":\"message_allow\",\"object\":{\"user_id\":1}}",
        "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":2,\"from_id\":1,"
            + "\"action\":{\"type\":\"chat_kick_user\",\"member_id\":5}}}}",
        "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":2,\"conversation_message_id\":3},"
            + "\"client_info\":{\"button_actions\":[\"te\\u0078t\"]}}}",
        "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":2,\"conversation_message_id\":3},"
            + "\"client_info\":{\"lang_id\":2147483648}}}"})
    void leavesEverythingElseToTheJacksonReader(String json) {
        assertThat(VkQuickReader.read(json.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Property(tries = 3000, seed = "20261206")
    void aMutatedSampleIsDeclinedOrReadAsTheJacksonReaderReadsIt(@ForAll("mutatedEnvelopes") Mutant input) {
        assertAgreesWithTheJacksonReader(input.bytes());
    }

    @Property(tries = 1000, seed = "20261207")
    void aGeneratedEnvelopeIsDeclinedOrReadAsTheJacksonReaderReadsIt(@ForAll("envelopes") String json) {
        assertAgreesWithTheJacksonReader(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertAgreesWithTheJacksonReader(byte[] bytes) {
        Update quick = VkQuickReader.read(bytes);
        if (quick != null) {
            assertThat(quick).isEqualTo(VkUpdateReader.INSTANCE.readWithParser(bytes));
        }
    }

    @Provide
    Arbitrary<Mutant> mutatedEnvelopes() {
        List<String> names = new java.util.ArrayList<>(ENVELOPES);
        names.add("bench_message_new");
        names.add("bench_message_event");
        List<byte[]> samples = new java.util.ArrayList<>(ENVELOPES.stream().map(VkSamples::bytes).toList());
        samples.add(MESSAGE_NEW.getBytes(StandardCharsets.UTF_8));
        samples.add(MESSAGE_EVENT.getBytes(StandardCharsets.UTF_8));
        return JsonMutants.of(names, samples);
    }

    /** A common envelope around generated members, so the quick reader gets far before it declines or reads. */
    @Provide
    Arbitrary<String> envelopes() {
        Arbitrary<String> extra = GeneratedJson.object(2).map(o -> o.length() > 2 ? o.substring(1, o.length() - 1) : "");
        Arbitrary<String> payload = Arbitraries.oneOf(GeneratedJson.value(2),
                Arbitraries.of("{\"p\":\"a\"}", "\"{\\\"p\\\":\\\"b\\\"}\"", "null", "[]"));
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(6).map(VkQuickReaderTest::quote);
        return Combinators.combine(extra, payload, text, Arbitraries.of(true, false)).as((e, p, t, event) -> {
            String more = e.isEmpty() ? "" : "," + e;
            return event
                    ? "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":" + t
                            + ",\"payload\":" + p + more + "}" + more + "}"
                    : "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":2,\"conversation_message_id\":3,"
                            + "\"text\":" + t + ",\"payload\":" + p + more + "}" + more + "}}";
        });
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
