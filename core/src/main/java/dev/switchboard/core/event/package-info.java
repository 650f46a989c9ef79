/**
 * Neutral events: the sealed {@link dev.switchboard.core.event.Update} family that both
 * platforms' updates are read into.
 *
 * <pre>{@code
 * Update update = TelegramPlatform.updates().read(body);
 * if (update instanceof ButtonPress press) {
 *     press.payload().ifPresent(payload -> route(payload));
 * }
 * }</pre>
 */
package dev.switchboard.core.event;
