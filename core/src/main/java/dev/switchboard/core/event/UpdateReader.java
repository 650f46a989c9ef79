package dev.switchboard.core.event;

/**
 * Turns a platform's update JSON into neutral {@link Update}s. Each adapter supplies one
 * ({@code TelegramPlatform.updates()}, {@code VkPlatform.updates()}). Implementations ignore
 * unknown fields, turn unknown update types into {@link Ignored}, and are thread-safe.
 */
public interface UpdateReader {
    /**
     * Reads one update (a Telegram {@code Update} object, a VK event envelope) from UTF-8 JSON.
     *
     * @throws UpdateParseException if the JSON is malformed or a required field is missing
     *         or of the wrong type
     */
    Update read(byte[] utf8);

    /** Reads one update from a JSON text; see {@link #read(byte[])}. */
    Update read(String json);

    /**
     * Reads a batch: a Telegram {@code getUpdates} response ({@code {"ok":true,"result":[…]}})
     * or a VK Bots Long Poll response ({@code {"ts":…,"updates":[…]}}); a bare JSON array of
     * updates is accepted too. Bad updates are skipped and listed, the rest returned.
     *
     * @throws UpdateParseException if the batch itself is unusable (malformed JSON outside
     *         any one update, no update list)
     */
    UpdateBatch readBatch(byte[] utf8);
}
