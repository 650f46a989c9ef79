package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ChatMigrated;
import java.time.Duration;

/**
 * Lets each chat migration through once. Telegram reports one migration twice as updates (in the
 * old group and in the new supergroup), and a send may notice it again, through the platform's
 * listener and through the runtime's messenger; handlers should hear of it once.
 */
final class Migrations {
    private static final int MAX_REMEMBERED = 10_000;
    private static final Duration REMEMBER_FOR = Duration.ofDays(1);

    private final Cache<Key, Boolean> seen;

    Migrations(Ticker ticker) {
        this.seen = CacheBuilder.newBuilder().ticker(ticker).maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(REMEMBER_FOR).build();
    }

    /** True the first time this migration is reported. */
    boolean first(ChatMigrated migrated) {
        Key key = new Key(migrated.platform(), migrated.fromChatId(), migrated.toChatId());
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    private record Key(PlatformId platform, long from, long to) {
    }
}
