package dev.switchboard.redis;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh namespaces for tests that share one LocalRedis, so they never see each other's keys. */
final class RedisServer {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private RedisServer() {
    }

    /** A namespace no other test in this JVM uses. */
    static String freshNamespace() {
        return "test-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }
}
