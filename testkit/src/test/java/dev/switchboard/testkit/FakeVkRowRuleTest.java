package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VK answers 911 when a location, vkpay or open_app button shares its row, whatever the client checked. */
class FakeVkRowRuleTest {
    private final FakeVk vk = FakeVk.open();
    private final RawVk raw = new RawVk(vk.apiUrl());

    @AfterEach
    void close() {
        vk.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"location", "vkpay", "open_app"})
    void aFullWidthButtonSharingItsRowIsError911(String type) throws Exception {
        JsonNode answer = raw.call("messages.send", Map.of("peer_ids", "7", "message", "Where are you?",
                "keyboard", RawVk.fixture("vk/keyboard_" + type + "_shares_row.json")));

        assertThat(answer.path("error").path("error_code").asInt()).isEqualTo(911);
        assertThat(answer.path("error").path("error_msg").asText()).isEqualTo("Keyboard format is invalid");
        assertThat(vk.messages(7)).isEmpty();
    }

    @Test
    void aLocationButtonAloneInItsRowIsAccepted() throws Exception {
        JsonNode answer = raw.call("messages.send", Map.of("peer_ids", "7", "message", "Where are you?",
                "keyboard", RawVk.fixture("vk/keyboard_location_alone.json")));

        assertThat(answer.has("response")).as(answer.toString()).isTrue();
        assertThat(vk.messages(7)).singleElement().satisfies(m -> assertThat(m.buttonLabels())
                .containsExactly(java.util.List.of(""), java.util.List.of("Skip")));
    }
}
