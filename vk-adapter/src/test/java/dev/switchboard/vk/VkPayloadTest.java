package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VkPayloadTest {
    private static final String[] SAMPLES = {"vote:yes", "", "say \"hi\"", "a\\b", "\\\"", "привет",
        "👋🏽 hi", "{\"p\":\"nested\"}", "line\nbreak\ttab\u0000nul\u001f", " ", "</script>", "\u2028"};

    @Test
    void wrapsThePayloadInAnObjectWithTheSingleKeyP() {
        assertThat(VkPlatform.encodePayload("vote:yes")).isEqualTo("{\"p\":\"vote:yes\"}");
        assertThat(VkPlatform.encodePayload("")).isEqualTo("{\"p\":\"\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(VkPlatform.encodePayload("say \"hi\"")).isEqualTo("{\"p\":\"say \\\"hi\\\"\"}");
        assertThat(VkPlatform.encodePayload("a\\b")).isEqualTo("{\"p\":\"a\\\\b\"}");
        assertThat(VkPlatform.encodePayload("a\nb")).isEqualTo("{\"p\":\"a\\nb\"}");
        assertThat(VkPlatform.encodePayload("\u0001")).isEqualTo("{\"p\":\"\\u0001\"}");
    }

    @Test
    void keepsCyrillicAndEmojiUnescaped() {
        assertThat(VkPlatform.encodePayload("да 👍")).isEqualTo("{\"p\":\"да 👍\"}").hasSize(13);
    }

    @Test
    void escapesExactlyAsJacksonDatabindDoes() throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        for (String sample : SAMPLES) {
            assertThat(VkPlatform.encodePayload(sample)).as(sample)
                    .isEqualTo(mapper.writeValueAsString(Map.of("p", sample)));
        }
    }

    @Test
    void decodesWhatItEncodes() {
        for (String sample : SAMPLES) {
            assertThat(VkPlatform.decodePayload(VkPlatform.encodePayload(sample))).as(sample).isEqualTo(sample);
        }
    }

    @Test
    void decodesAnyJsonSpellingOfTheEnvelope() {
        assertThat(VkPlatform.decodePayload(" { \"p\" : \"vote:yes\" }\n")).isEqualTo("vote:yes");
        assertThat(VkPlatform.decodePayload("{\"p\":\"\\u0410\\/\"}")).isEqualTo("А/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"command\":\"start\"}", "{\"p\":1}", "{\"p\":\"a\",\"q\":1}", "{\"q\":1,\"p\":\"a\"}",
        "{\"p\":\"a\",\"p\":\"b\"}", "{\"p\":null}", "{\"p\":true}", "{\"p\":{\"x\":\"y\"}}", "{\"p\":[\"a\"]}",
        "{\"P\":\"a\"}", "{}", "[]", "[\"a\"]", "\"not json\"", "not json", "", "  ", "42", "null",
        "{\"p\":\"a\"} {\"p\":\"b\"}", "{\"p\":\"a\"}x", "{\"p\":\"a\"", "{\"p\":\"a}"})
    void returnsAnyOtherPayloadUnchanged(String foreign) {
        assertThat(VkPlatform.decodePayload(foreign)).isEqualTo(foreign);
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> VkPlatform.encodePayload(null)).withMessage("payload");
        assertThatNullPointerException().isThrownBy(() -> VkPlatform.decodePayload(null)).withMessage("json");
    }
}
