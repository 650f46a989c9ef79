package dev.switchboard.core.bot;

import dev.switchboard.core.event.ButtonPress;

/**
 * Handles a press whose payload a {@link dev.switchboard.core.payload.PayloadCodec} unpacked,
 * registered with {@code onPress(codec, handler)}; it gets the unpacked value. Answering and
 * failures work as for {@link PressHandler}.
 *
 * @param <T> the codec's value type
 */
@FunctionalInterface
public interface TypedPressHandler<T> {
    /** Handles one press with its unpacked {@code value}; exceptions as for {@link PressHandler}. */
    void handle(ButtonPress press, T value, BotContext context) throws Exception;
}
