package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.vk.VkPlatform;

/**
 * Reads a VK {@code keyboard} object that passed {@link VkKeyboardCheck} back into a neutral
 * {@link Keyboard} with the adapter's own reader ({@code VkPlatform.keyboards().read}).
 */
final class VkKeyboardReader {
    private VkKeyboardReader() {
    }

    static Keyboard read(JsonNode keyboard) {
        return VkPlatform.keyboards().read(keyboard.toString());
    }
}
