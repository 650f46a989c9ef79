package dev.switchboard.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.benchmarks.contenders.Baselines;
import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.benchmarks.contenders.PengradPeer;
import dev.switchboard.benchmarks.contenders.TelegramBotsPeer;
import dev.switchboard.benchmarks.contenders.VkSdkPeer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Proves that every contender produces an equivalent result for an input: the same
 * {@link TelegramFacts} or {@link VkFacts} from a parse, and rendered JSON that is equal as a tree.
 * Each benchmark calls it in its setup, so nothing is timed that disagrees; the module's tests
 * call it for every input too. Each method throws {@link IllegalStateException} naming the
 * contender that differs.
 */
public final class Equivalence {
    private static final ObjectMapper TREES = new ObjectMapper();

    private Equivalence() {
    }

    /** All three Telegram parsers agree on the update. */
    public static TelegramFacts telegramParse(byte[] utf8) {
        TelegramFacts ours = TelegramFacts.of(Ours.parseTelegram(utf8));
        same("TelegramBots", ours, TelegramFacts.of(TelegramBotsPeer.parse(utf8)));
        same("java-telegram-bot-api", ours,
                TelegramFacts.of(PengradPeer.parse(new String(utf8, StandardCharsets.UTF_8))));
        return ours;
    }

    /** Ours and vk-java-sdk agree on a {@code message_new} or {@code message_event} envelope. */
    public static VkFacts vkParse(String type, byte[] utf8) {
        VkFacts ours = VkFacts.of(Ours.parseVk(utf8));
        String json = new String(utf8, StandardCharsets.UTF_8);
        VkFacts peer = switch (type) {
            case "message_new" -> VkFacts.of(VkSdkPeer.parseMessageNew(json));
            case "message_event" -> VkFacts.of(VkSdkPeer.parseGeneric(json));
            default -> throw new IllegalArgumentException("no VK workload " + type);
        };
        same("vk-java-sdk", ours, peer);
        return ours;
    }

    /** Ours, both Telegram peers and the generator baseline write the same {@code reply_markup}. */
    public static void telegramRender(KeyboardSpec spec) {
        JsonNode ours = tree(Ours.renderTelegram(spec));
        Map<String, String> others = Map.of("TelegramBots", TelegramBotsPeer.render(spec),
                "java-telegram-bot-api", PengradPeer.render(spec),
                "generator baseline", Baselines.telegramMarkup(spec));
        others.forEach((name, json) -> same(name + " on " + spec.name(), ours, tree(json)));
    }

    /** Ours, vk-java-sdk and the generator baseline write the same VK {@code keyboard}. */
    public static void vkRender(KeyboardSpec spec) {
        JsonNode ours = tree(Ours.renderVk(spec));
        same("vk-java-sdk on " + spec.name(), ours, tree(VkSdkPeer.render(spec)));
        same("generator baseline on " + spec.name(), ours, tree(Baselines.vkKeyboard(spec)));
    }

    private static void same(String contender, Object ours, Object theirs) {
        if (!Objects.equals(ours, theirs)) {
            throw new IllegalStateException(contender + " differs from ours:\n  ours:   " + ours + "\n  theirs: "
                    + theirs);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
