package dev.switchboard.core.bot;

import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.StateStoreException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short lease per chat, shared by webhook replicas that answer after handling: one chat's update
 * is handled on one replica at a time even when the platform sends the next before the last was
 * answered (VK's Callback API, a retry after a timeout). The lease lasts twice the webhook's reply
 * limit, so a replica that dies holding it frees the chat soon. Waiting is bounded by the reply
 * limit; past it, or when the store cannot be reached, the update is handled without the lease
 * (logged): an update is never held back for good.
 */
final class WebhookChatLeases {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookChatLeases.class);
    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();

    private final Leases leases;
    private final String replica;

    WebhookChatLeases(Leases leases, String replica) {
        this.leases = leases;
        this.replica = replica;
    }

    /** Takes the lease of {@code update}'s chat, waiting up to {@code limit}; empty for no chat or no lease. */
    Optional<Lease> await(Update update, Duration limit) {
        Optional<ChatOrder.Key> chat = ChatOrder.keyOf(update);
        if (chat.isEmpty()) {
            return Optional.empty();
        }
        String name = "chat-" + chat.get().platform().value() + "-" + chat.get().chatId();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                Optional<Lease> lease = leases.tryAcquire(name, replica, limit.multipliedBy(2));
                if (lease.isPresent()) {
                    return lease;
                }
                if (System.nanoTime() - deadline > 0) {
                    LOG.warn("{} waited {} for {} held by another replica; handling {} update {} without it",
                            replica, limit, name, update.platform(), update.updateId().orElse("?"));
                    return Optional.empty();
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        } catch (StateStoreException e) {
            LOG.warn("{} could not take {}; handling {} update {} without it: {}", replica, name, update.platform(),
                    update.updateId().orElse("?"), e.getMessage());
            return Optional.empty();
        }
    }

    /** Gives the chat's lease up; a failure only delays the chat's next update until the lease lapses. */
    void release(Lease lease) {
        try {
            leases.release(lease);
        } catch (StateStoreException e) {
            LOG.warn("{} could not give {} up; it lapses by itself: {}", replica, lease.name(), e.getMessage());
        }
    }
}
