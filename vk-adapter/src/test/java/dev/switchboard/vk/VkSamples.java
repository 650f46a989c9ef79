package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.RawJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Sample bodies from src/test/resources/vk (copied from the shared samples). */
final class VkSamples {
    private VkSamples() {
    }

    /** The file's bytes, exactly. */
    static byte[] bytes(String name) {
        try (InputStream in = VkSamples.class.getResourceAsStream("/vk/" + name)) {
            assertThat(in).as("sample vk/%s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's bytes without the trailing newline every sample file ends with: the envelope's
     * exact bytes, which is what {@code raw()} keeps (from its '{' to its '}').
     */
    static RawJson raw(String name) {
        byte[] bytes = bytes(name);
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ')) {
            end--;
        }
        assertThat(bytes[end - 1]).as("sample vk/%s ends with '}'", name).isEqualTo((byte) '}');
        return RawJson.copyOf(Arrays.copyOf(bytes, end), 0, end);
    }
}
