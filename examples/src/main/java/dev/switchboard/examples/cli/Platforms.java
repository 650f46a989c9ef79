package dev.switchboard.examples.cli;

import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platforms the CLI knows, by the name used in {@code --platform} and in JSON output, in
 * output order (Telegram before VK), each with its keyboard writer, its update reader and the
 * {@link Connector} {@code send} reaches it with.
 */
final class Platforms {
    private final Map<String, KeyboardWriter> writers;
    private final Map<String, UpdateReader> readers;
    private final Map<String, Connector> connectors;

    Platforms(Map<String, KeyboardWriter> writers, Map<String, UpdateReader> readers,
              Map<String, Connector> connectors) {
        if (!writers.keySet().equals(readers.keySet()) || !writers.keySet().equals(connectors.keySet())) {
            throw new IllegalArgumentException("writers, readers and connectors must name the same platforms: "
                    + writers.keySet() + ", " + readers.keySet() + ", " + connectors.keySet());
        }
        this.writers = Collections.unmodifiableMap(new LinkedHashMap<>(writers));
        this.readers = Collections.unmodifiableMap(new LinkedHashMap<>(readers));
        this.connectors = Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
    }

    /** Telegram and VK, as shipped. */
    static Platforms builtIn() {
        Map<String, KeyboardWriter> writers = new LinkedHashMap<>();
        writers.put("telegram", TelegramPlatform.keyboards());
        writers.put("vk", VkPlatform.keyboards());
        Map<String, UpdateReader> readers = new LinkedHashMap<>();
        readers.put("telegram", TelegramPlatform.updates());
        readers.put("vk", VkPlatform.updates());
        Map<String, Connector> connectors = new LinkedHashMap<>();
        connectors.put("telegram", Connector.telegram());
        connectors.put("vk", Connector.vk());
        return new Platforms(writers, readers, connectors);
    }

    /** Every platform name, in output order. */
    List<String> names() {
        return List.copyOf(writers.keySet());
    }

    /** The keyboard writer of {@code name}, if it is a known platform. */
    Optional<KeyboardWriter> writer(String name) {
        return Optional.ofNullable(writers.get(name));
    }

    /** The keyboard reader and writer of {@code name}, if it is a known platform whose writer also reads. */
    Optional<KeyboardFormat> format(String name) {
        return writer(name).filter(KeyboardFormat.class::isInstance).map(KeyboardFormat.class::cast);
    }

    /** The update reader of {@code name}, if it is a known platform. */
    Optional<UpdateReader> reader(String name) {
        return Optional.ofNullable(readers.get(name));
    }

    /** How {@code send} reaches {@code name}, if it is a known platform. */
    Optional<Connector> connector(String name) {
        return Optional.ofNullable(connectors.get(name));
    }

    /** The names for a message, {@code extra} choices last: {@code telegram, vk or all}. */
    String choices(String... extra) {
        List<String> all = new ArrayList<>(writers.keySet());
        all.addAll(List.of(extra));
        int last = all.size() - 1;
        return last == 0 ? all.get(0) : String.join(", ", all.subList(0, last)) + " or " + all.get(last);
    }
}
