package dev.switchboard.core.spi;

import dev.switchboard.core.payload.PayloadStore;

/**
 * Every piece of state that the replicas of one bot must share, supplied at once:
 * {@code Bot.builder().sharedState(state)} uses each of them, and hands the state to the
 * platforms ({@code BotPlatform.share}) for what they keep themselves. A Redis implementation
 * lives in the {@code switchboard-redis} module; each part stays usable alone through the
 * builder's own setters.
 */
public interface SharedState {
    /** Payloads too long for a platform, stored under short tokens that resolve on every replica. */
    PayloadStore payloads();

    /** Which updates some replica already took, so a re-delivered update is not handled twice. */
    SeenUpdates seenUpdates();

    /** Where each update source resumes after a restart or a takeover. */
    CheckpointStore checkpoints();

    /** Which presses some replica already claimed for an answer. */
    PressClaims pressClaims();

    /** Presses seen lately, for the duplicate-press window. */
    RecentPresses recentPresses();

    /** Text buttons sent per chat, and sent messages the adapters must know again. */
    KeyboardMemory keyboards();

    /** Leases that let one replica long-poll a token while the others stand by. */
    Leases leases();

    /**
     * Send rate limits and 429 halts shared by the replicas, so that together they stay within a
     * platform's limits and all wait out a {@code retry_after} that one of them was told.
     */
    SendLimits sendLimits();
}
