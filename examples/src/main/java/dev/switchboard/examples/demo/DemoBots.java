package dev.switchboard.examples.demo;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.examples.bots.CatalogueBot;
import dev.switchboard.examples.bots.MembershipBot;
import dev.switchboard.examples.bots.MenuBot;
import dev.switchboard.examples.bots.TwoButtonsBot;
import dev.switchboard.redis.RedisState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The example bots as the demo runs them: each reports to the demo's {@link RuntimeEvents}; the
 * catalogue keeps its long payloads in a {@link RecordingPayloadStore}, answers within
 * {@link #DEADLINE} and looks stock up in {@link #STOCK_LOOKUP}, so the runtime's deadline shows in
 * seconds instead of Telegram's 8.
 */
final class DemoBots {
    /** The catalogue's answer deadline on every platform in the demo. */
    static final Duration DEADLINE = Duration.ofSeconds(1);
    /** How long the catalogue's "Check stock" takes in the demo: past {@link #DEADLINE}. */
    static final Duration STOCK_LOOKUP = Duration.ofMillis(1500);

    /** How long a replica's poller lease lasts in {@code demo --replicas}: a takeover in about a second at most. */
    static final Duration REPLICA_LEASE = Duration.ofSeconds(1);

    private DemoBots() {
    }

    static Bot twoButtons(List<BotPlatform> platforms, RuntimeEvents events) {
        return TwoButtonsBot.builder(platforms).listener(events).build();
    }

    static Bot catalogue(List<BotPlatform> platforms, RuntimeEvents events, RecordingPayloadStore store) {
        return catalogue(platforms, events, store, CatalogueBot.Shelf.full());
    }

    static Bot catalogue(List<BotPlatform> platforms, RuntimeEvents events, RecordingPayloadStore store,
                         CatalogueBot.Shelf shelf) {
        Bot.Builder builder = CatalogueBot.builder(platforms, STOCK_LOOKUP, shelf).payloadStore(store)
                .listener(events);
        for (BotPlatform platform : platforms) {
            builder.answerDeadline(platform.id(), DEADLINE);
        }
        return builder.build();
    }

    /**
     * One replica of the catalogue, {@code id}: its state in {@code redis} (its own connection), its
     * leases, seen updates and press claims watched by {@code watch}, its payloads recorded in
     * {@code store}, a lease of {@link #REPLICA_LEASE}.
     */
    static Bot catalogueReplica(String id, List<BotPlatform> platforms, RedisState redis, ReplicaWatch watch,
                                RuntimeEvents events, RecordingPayloadStore store) {
        Bot.Builder builder = CatalogueBot.builder(platforms, STOCK_LOOKUP).sharedState(redis)
                .payloadStore(store.on(id, redis.payloads()))
                .leases(watch.leases(id, redis.leases()))
                .seenUpdates(watch.seenUpdates(id, redis.seenUpdates()))
                .pressClaims(watch.pressClaims(id, redis.pressClaims()))
                .replicaId(id).pollerLease(REPLICA_LEASE).listener(events);
        for (BotPlatform platform : platforms) {
            builder.answerDeadline(platform.id(), DEADLINE);
        }
        return builder.build();
    }

    static Bot membership(MembershipBot tracker, List<BotPlatform> platforms, RuntimeEvents events) {
        return tracker.builder(platforms).listener(events).build();
    }

    /** The store a bot of this name keeps its long payloads in, for {@link Conversation}. */
    static Optional<RecordingPayloadStore> storeFor(String name) {
        return name.equals("catalogue") ? Optional.of(new RecordingPayloadStore()) : Optional.empty();
    }

    /** The bot of this name for {@code demo --interactive}: {@code two-buttons}, {@code catalogue} or {@code menu}. */
    static Bot interactive(String name, List<BotPlatform> platforms, RuntimeEvents events,
                           Optional<RecordingPayloadStore> store) {
        return switch (name) {
            case "two-buttons" -> twoButtons(platforms, events);
            case "catalogue" -> catalogue(platforms, events, store.orElseThrow());
            case "menu" -> MenuBot.builder(platforms).listener(events).build();
            default -> throw new IllegalArgumentException("no interactive bot " + name);
        };
    }

    /** The platforms' ids, for a heading: {@code Telegram and VK}. */
    static String names(List<PlatformId> platforms) {
        List<String> names = platforms.stream().map(PlatformId::displayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
