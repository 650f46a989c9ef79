package dev.switchboard.core.spi;

import dev.switchboard.core.PlatformId;

/**
 * Delivers a platform's updates: Telegram long polling ({@code getUpdates}), VK Bots Long
 * Poll. {@link #run(UpdateSink)} blocks the calling thread until {@link #stop()} is called or
 * the source cannot go on (e.g. Telegram 409: another poller or a webhook is active), which
 * it reports by throwing. Network errors back off and resume; updates that cannot be parsed
 * are reported and skipped.
 */
public interface UpdateSource {
    /** The platform the updates come from. */
    PlatformId platform();

    /** Polls and hands every update to {@code sink}, once, in order, until stopped. */
    void run(UpdateSink sink);

    /** Asks {@link #run} to return after the update being handed over; safe from any thread. */
    void stop();
}
