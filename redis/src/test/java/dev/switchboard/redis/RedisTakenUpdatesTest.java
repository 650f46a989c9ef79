package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.TakenUpdate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a replica takes is kept until it finishes it, and adopted by another when it dies first. */
class RedisTakenUpdatesTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String JSON = "{\"update_id\":7,\"message\":{\"text\":\"hi\"}}";

    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();
    private final String namespace = RedisServer.freshNamespace();

    /** A replica's own connection to the shared namespace. */
    private SeenUpdates replica() {
        return redis.state(namespace).seenUpdates();
    }

    @Test
    void takingMarksSeenOnceAndKeepsTheUpdateUntilFinished() {
        SeenUpdates a = replica();

        assertThat(a.take(PlatformId.TELEGRAM, "7", "a", JSON)).isTrue();
        assertThat(a.take(PlatformId.TELEGRAM, "7", "a", JSON)).isFalse();
        assertThat(replica().firstSeen(PlatformId.TELEGRAM, "7")).isFalse();
        assertThat(replica().adoptOrphans("b", false)).as("a has no beat: its update is an orphan")
                .containsExactly(new TakenUpdate(PlatformId.TELEGRAM, "7", JSON, "a"));
    }

    @Test
    void aFinishedUpdateIsNotAdopted() {
        SeenUpdates a = replica();
        a.take(PlatformId.VK, "ev-1", "a", JSON);

        a.finished(PlatformId.VK, "ev-1", "a");

        assertThat(replica().adoptOrphans("b", false)).isEmpty();
    }

    @Test
    void theUpdatesOfALiveReplicaAreNotAdopted() {
        SeenUpdates a = replica();
        a.heartbeat("a", MINUTE);
        a.take(PlatformId.TELEGRAM, "8", "a", JSON);

        assertThat(replica().adoptOrphans("b", false)).isEmpty();
    }

    @Test
    void theUpdatesOfAReplicaWhoseBeatLapsedGoToExactlyOneAdopter() throws InterruptedException {
        SeenUpdates a = replica();
        a.heartbeat("a", Duration.ofMillis(100));
        a.take(PlatformId.TELEGRAM, "9", "a", JSON);
        a.take(PlatformId.VK, "ev-2", "a", "{\"type\":\"message_new\"}");
        Thread.sleep(250);

        SeenUpdates b = replica();
        b.heartbeat("b", MINUTE);
        List<TakenUpdate> first = b.adoptOrphans("b", false);
        List<TakenUpdate> second = replica().adoptOrphans("c", false);

        assertThat(first).containsExactlyInAnyOrder(new TakenUpdate(PlatformId.TELEGRAM, "9", JSON, "a"),
                new TakenUpdate(PlatformId.VK, "ev-2", "{\"type\":\"message_new\"}", "a"));
        assertThat(second).isEmpty();
    }

    @Test
    void anAdoptedUpdateIsKeptByTheAdopterUntilItFinishesIt() throws InterruptedException {
        SeenUpdates a = replica();
        a.take(PlatformId.TELEGRAM, "10", "a", JSON);
        SeenUpdates b = replica();
        b.heartbeat("b", Duration.ofMillis(100));
        assertThat(b.adoptOrphans("b", false)).hasSize(1);
        Thread.sleep(250);

        assertThat(replica().adoptOrphans("c", false)).as("b died too before finishing it")
                .containsExactly(new TakenUpdate(PlatformId.TELEGRAM, "10", JSON, "b"));
    }

    @Test
    void aReplicaRestartedUnderItsNameGetsBackWhatItKeptBefore() {
        SeenUpdates before = replica();
        before.heartbeat("a", MINUTE);
        before.take(PlatformId.TELEGRAM, "11", "a", JSON);

        SeenUpdates after = replica();

        assertThat(after.adoptOrphans("a", false)).isEmpty();
        assertThat(after.adoptOrphans("a", true)).containsExactly(new TakenUpdate(PlatformId.TELEGRAM, "11", JSON, "a"));
    }
}
