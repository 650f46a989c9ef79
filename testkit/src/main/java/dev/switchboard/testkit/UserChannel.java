package dev.switchboard.testkit;

import dev.switchboard.core.PlatformId;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The per-platform part behind {@link FakeUser}: turns a user's action into the platform's update
 * on its fake and reads back what the bot did. Each action returns the {@link Delivery} to wait for.
 */
interface UserChannel {
    /** An update a fake queued, named for failure messages, and how to tell it was taken. */
    record Delivery(String update, BooleanSupplier taken) {
    }

    PlatformId platform();

    /** Remembers the name user {@code userId} shows in the updates it causes. */
    void name(long userId, String name);

    ActionSync sync();

    Delivery sends(long userId, String text);

    /** A press of a callback button on {@code message}. */
    Delivery pressesCallback(long userId, SentMessage message, KeyboardButtons.Raw button);

    /** A press of a standard (reply) keyboard text button. */
    Delivery pressesText(long userId, KeyboardButtons.Raw button);

    Delivery blocks(long userId, boolean blocks);

    Delivery joins(long userId, long groupId, boolean joins);

    /** The bot's messages in the user's private chat, oldest first. */
    List<SentMessage> messages(long userId);

    /** Every accepted answer, oldest first. */
    List<AnsweredPress> answers();
}
