package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text and keyboard of a sent message, written to a string for a shared memory and read back. */
class VkSentMessageTest {
    @Test
    void aTextAndKeyboardComeBackByteForByte() {
        VkSentMessage message = new VkSentMessage("Say \"hi\", 世界 \\ \n",
                Optional.of("{\"buttons\":[[{\"action\":{\"type\":\"callback\",\"label\":\"Yes\"}}]],\"inline\":true}"));

        assertThat(VkSentMessage.read(message.write())).contains(message);
    }

    @Test
    void aMessageWithoutAKeyboardIsWrittenWithoutOne() {
        VkSentMessage message = new VkSentMessage("Hello", Optional.empty());

        assertThat(message.write()).isEqualTo("{\"text\":\"Hello\"}");
        assertThat(VkSentMessage.read(message.write())).contains(message);
    }

    @Test
    void whatItDidNotWriteReadsAsNothing() {
        assertThat(VkSentMessage.read("not json")).isEmpty();
        assertThat(VkSentMessage.read("[1]")).isEmpty();
        assertThat(VkSentMessage.read("{\"keyboard\":\"{}\"}")).isEmpty();
    }

    @Test
    void unknownFieldsAreSkipped() {
        assertThat(VkSentMessage.read("{\"v\":2,\"extra\":{\"a\":[1]},\"text\":\"Hi\"}"))
                .contains(new VkSentMessage("Hi", Optional.empty()));
    }
}
