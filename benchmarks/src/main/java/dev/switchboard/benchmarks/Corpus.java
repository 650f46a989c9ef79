package dev.switchboard.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The update bodies every parse contender reads, loaded from {@code corpus/} on the classpath. */
public final class Corpus {
    /** How many updates {@link #telegram()} holds; the parse benchmark counts one operation per update. */
    public static final int TELEGRAM_SIZE = 12;

    private Corpus() {
    }

    /** The Telegram updates in {@code corpus/telegram/index.txt} order, as UTF-8 bytes. */
    public static List<byte[]> telegram() {
        List<byte[]> updates = new ArrayList<>();
        for (String name : text("corpus/telegram/index.txt").split("\n")) {
            if (!name.isBlank()) {
                updates.add(bytes("corpus/telegram/" + name.strip()));
            }
        }
        if (updates.size() != TELEGRAM_SIZE) {
            throw new IllegalStateException("corpus/telegram has " + updates.size() + " updates, expected "
                    + TELEGRAM_SIZE);
        }
        return List.copyOf(updates);
    }

    /** One VK envelope, {@code message_new} or {@code message_event}, as UTF-8 bytes. */
    public static byte[] vk(String type) {
        return bytes("corpus/vk/" + type + ".json");
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
