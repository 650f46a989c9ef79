package dev.switchboard.testkit;

import java.util.Optional;

/**
 * A {@code messages.sendMessageEventAnswer} the bot gave to a press.
 *
 * @param eventId the press's event_id
 * @param userId who pressed
 * @param peerId where
 * @param eventData the raw event_data JSON text, if any
 */
public record FakeVkAnswer(String eventId, long userId, long peerId, Optional<String> eventData) {
}
