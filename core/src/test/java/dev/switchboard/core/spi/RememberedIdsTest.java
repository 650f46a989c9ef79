package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.testing.ManualTicker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;

/** Ids remembered for a window, oldest forgotten first, in primitive arrays. */
class RememberedIdsTest {
    private static final PlatformId TG = PlatformId.TELEGRAM;
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration WINDOW = Duration.ofSeconds(10);

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void anIdIsAddedOnceAndKeepsItsTag() {
        RememberedIds ids = RememberedIds.create(Duration.ofMinutes(1), 10, ticker);

        assertThat(ids.add(TG, "1", 3)).isTrue();
        assertThat(ids.add(TG, "1", 4)).isFalse();

        assertThat(ids.tag(TG, "1")).isEqualTo(3);
        assertThat(ids.tag(TG, "2")).isEqualTo(RememberedIds.ABSENT);
        assertThat(ids.tag(PlatformId.VK, "1")).isEqualTo(RememberedIds.ABSENT);
    }

    @Test
    void anIdIsForgottenWhenItsWindowEnds() {
        RememberedIds ids = RememberedIds.create(Duration.ofSeconds(10), 10, ticker);
        ids.add(TG, "1", 0);

        ticker.advance(Duration.ofSeconds(9));
        assertThat(ids.tag(TG, "1")).isZero();
        ticker.advance(SECOND);

        assertThat(ids.tag(TG, "1")).isEqualTo(RememberedIds.ABSENT);
        assertThat(ids.size()).isZero();
        assertThat(ids.add(TG, "1", 0)).isTrue();
    }

    @Test
    void theOldestIdIsForgottenFirstWhenTheCapacityIsReached() {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 3, ticker);
        for (String id : List.of("a", "b", "c", "d")) {
            ids.add(TG, id, 0);
        }

        assertThat(ids.size()).isEqualTo(3);
        assertThat(ids.tag(TG, "a")).isEqualTo(RememberedIds.ABSENT);
        assertThat(List.of("b", "c", "d")).allMatch(id -> ids.tag(TG, id) == 0);
    }

    @Test
    void changingATagKeepsTheIdsPlaceAndWindow() {
        RememberedIds ids = RememberedIds.create(Duration.ofSeconds(10), 2, ticker);
        ids.add(TG, "a", 1);
        ticker.advance(Duration.ofSeconds(5));
        ids.add(TG, "b", 1);

        ids.put(TG, "a", 2);
        assertThat(ids.replace(TG, "b", 7, 3)).isFalse();
        assertThat(ids.replace(TG, "b", 1, 3)).isTrue();
        ids.add(TG, "c", 1);

        assertThat(ids.tag(TG, "a")).as("the oldest, though its tag changed last").isEqualTo(RememberedIds.ABSENT);
        ticker.advance(Duration.ofSeconds(9));
        assertThat(ids.tag(TG, "b")).isEqualTo(3);
        ticker.advance(SECOND);
        assertThat(ids.tag(TG, "b")).as("its window counts from when it was added").isEqualTo(RememberedIds.ABSENT);
    }

    @Test
    void anIdPutWithItsOwnWindowIsForgottenWhenThatWindowEnds() {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 10, ticker);
        ids.put(TG, "long", 1, Duration.ofMinutes(1));
        ids.put(TG, "short", 2, Duration.ofSeconds(2));

        ticker.advance(Duration.ofSeconds(2));

        assertThat(ids.tag(TG, "short")).as("behind an older id whose window goes on").isEqualTo(RememberedIds.ABSENT);
        assertThat(ids.tag(TG, "long")).isEqualTo(1);
        ids.put(TG, "long", 3, Duration.ofSeconds(1));
        ticker.advance(SECOND);
        assertThat(ids.tag(TG, "long")).as("putting again sets the window anew").isEqualTo(RememberedIds.ABSENT);
    }

    @Test
    void aFullTableWithWindowsPerIdDropsEndedIdsBeforeALiveOldestOne() {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 64, ticker);
        ids.put(TG, "oldest", 1, Duration.ofMinutes(1));
        for (int i = 0; i < 500; i++) {
            ids.put(TG, Integer.toString(i), 0, SECOND);
            ticker.advance(Duration.ofMillis(100));
        }

        assertThat(ids.tag(TG, "oldest")).as("50 s into its minute").isEqualTo(1);
        assertThat(ids.tag(TG, "499")).isZero();
    }

    @Test
    void aForgottenIdCanBeAddedAgain() {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 10, ticker);
        ids.add(TG, "a", 0);

        assertThat(ids.forget(TG, "a")).isTrue();
        assertThat(ids.forget(TG, "a")).isFalse();

        assertThat(ids.tag(TG, "a")).isEqualTo(RememberedIds.ABSENT);
        assertThat(ids.add(TG, "a", 1)).isTrue();
        assertThat(ids.size()).isEqualTo(1);
    }

    @Test
    void holdsAHundredThousandIdsExactly() {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 100_000, ticker);
        for (int i = 0; i < 150_000; i++) {
            assertThat(ids.add(TG, Integer.toString(i), i % 7)).isTrue();
        }

        assertThat(ids.size()).isEqualTo(100_000);
        for (int i = 0; i < 150_000; i++) {
            assertThat(ids.tag(TG, Integer.toString(i))).isEqualTo(i < 50_000 ? RememberedIds.ABSENT : i % 7);
        }
    }

    @Test
    void concurrentAddsOfOneIdLetExactlyOneCallerFirst() throws Exception {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 100_000, ticker);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> firsts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                firsts.add(pool.submit(() -> {
                    int first = 0;
                    for (int i = 0; i < 20_000; i++) {
                        first += ids.add(TG, Integer.toString(i), 0) ? 1 : 0;
                    }
                    return first;
                }));
            }
            int total = 0;
            for (Future<Integer> first : firsts) {
                total += first.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(20_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsANegativeTagAndASenselessSize() {
        RememberedIds ids = RememberedIds.create(Duration.ofHours(1), 10, ticker);

        assertThatThrownBy(() -> ids.add(TG, "a", -1)).hasMessageContaining("tag must not be negative: -1");
        assertThatThrownBy(() -> RememberedIds.create(Duration.ZERO, 10)).hasMessageContaining("window");
        assertThatThrownBy(() -> RememberedIds.create(SECOND, 0)).hasMessageContaining("capacity");
    }

    /** Without forgetting: exactly an insertion-ordered map whose entries expire and whose eldest goes when full. */
    @Property(tries = 100, seed = "20261203", edgeCases = EdgeCasesMode.NONE)
    void behavesLikeAnInsertionOrderedMapWithExpiry(@ForAll("capacities") int capacity,
            @ForAll("operations") List<Op> operations) {
        List<Op> withoutForgetting = operations.stream().filter(op -> op.kind() != Kind.FORGET).toList();
        run(RememberedIds.create(WINDOW, capacity, ticker), new MapModel(capacity), withoutForgetting);
    }

    /**
     * With forgetting: exactly a ring of slots in insertion order, where a forgotten id leaves its
     * slot until the slot is the oldest or forgotten slots fill an eighth of a full ring, and a
     * full ring otherwise drops its oldest slot (the capacity counts both).
     */
    @Property(tries = 100, seed = "20261203", edgeCases = EdgeCasesMode.NONE)
    void withForgettingBehavesLikeARingOfSlots(@ForAll("capacities") int capacity,
            @ForAll("operations") List<Op> operations) {
        run(RememberedIds.create(WINDOW, capacity, ticker), new SlotModel(capacity), operations);
    }

    /** Applies each operation to the table and the model alike; after each, the two hold the same. */
    private void run(RememberedIds ids, Model model, List<Op> operations) {
        int done = 0;
        for (Op op : operations) {
            ticker.advance(Duration.ofMillis(op.advanceMillis()));
            long now = ticker.read();
            model.expire(now);
            switch (op.kind()) {
                case ADD -> assertThat(ids.add(TG, op.id(), op.tag())).isEqualTo(model.add(op.id(), op.tag(), now));
                case PUT -> {
                    ids.put(TG, op.id(), op.tag());
                    if (!model.setTag(op.id(), -1, op.tag())) {
                        model.add(op.id(), op.tag(), now);
                    }
                }
                case REPLACE -> assertThat(ids.replace(TG, op.id(), 0, op.tag()))
                        .isEqualTo(model.setTag(op.id(), 0, op.tag()));
                case FORGET -> assertThat(ids.forget(TG, op.id())).isEqualTo(model.forget(op.id()));
                default -> throw new AssertionError(op);
            }
            assertThat(ids.size()).isEqualTo(model.size());
            assertThat(ids.tag(TG, op.id())).isEqualTo(model.tag(op.id()));
            if (++done % 256 == 0) {
                model.tags().forEach((id, tag) -> assertThat(ids.tag(TG, id)).as(id).isEqualTo(tag));
            }
        }
    }

    @Provide
    Arbitrary<Integer> capacities() {
        return Arbitraries.of(1, 2, 7, 64, 100, 1500);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.of(Kind.values()),
                Arbitraries.integers().between(0, 1800).map(String::valueOf),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 40)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(4000).withSizeDistribution(RandomDistribution.uniform());
    }

    enum Kind { ADD, ADD_AGAIN, PUT, REPLACE, FORGET }

    record Op(Kind kind, String id, int tag, int advanceMillis) {
        Op {
            kind = kind == Kind.ADD_AGAIN ? Kind.ADD : kind;
        }
    }

    /** A reference the table is held to: the ids it holds, each with its tag and the end of its window. */
    private abstract static class Model {
        final Map<String, Entry> held = new LinkedHashMap<>();

        abstract void expire(long now);

        abstract boolean add(String id, int tag, long now);

        /** Sets the tag of a held id whose tag is {@code expected} (any, when negative); false when there is none. */
        boolean setTag(String id, int expected, int tag) {
            Entry entry = held.get(id);
            if (entry == null || (expected >= 0 && entry.tag != expected)) {
                return false;
            }
            entry.tag = tag;
            return true;
        }

        abstract boolean forget(String id);

        int size() {
            return held.size();
        }

        int tag(String id) {
            Entry entry = held.get(id);
            return entry == null ? RememberedIds.ABSENT : entry.tag;
        }

        Map<String, Integer> tags() {
            Map<String, Integer> tags = new LinkedHashMap<>();
            held.forEach((id, entry) -> tags.put(id, entry.tag));
            return tags;
        }
    }

    /** An id held by a model, or (in {@link SlotModel}'s ring) a forgotten one's slot. */
    private static final class Entry {
        final String id;
        int tag;
        final long until;
        boolean forgotten;

        Entry(String id, int tag, long until) {
            this.id = id;
            this.tag = tag;
            this.until = until;
        }
    }

    /** An insertion-ordered map whose entries expire and whose eldest goes when full; it forgets nothing else. */
    private static final class MapModel extends Model {
        final int capacity;

        MapModel(int capacity) {
            this.capacity = capacity;
        }

        @Override
        void expire(long now) {
            held.values().removeIf(entry -> entry.until - now <= 0);
        }

        @Override
        boolean add(String id, int tag, long now) {
            if (held.containsKey(id)) {
                return false;
            }
            if (held.size() == capacity) {
                held.remove(held.keySet().iterator().next());
            }
            held.put(id, new Entry(id, tag, now + WINDOW.toNanos()));
            return true;
        }

        @Override
        boolean forget(String id) {
            throw new UnsupportedOperationException("this model is held to a table that forgets nothing");
        }
    }

    /** The ring as a list of slots, grown like the table's from 64 slots. */
    private static final class SlotModel extends Model {
        final ArrayDeque<Entry> ring = new ArrayDeque<>();
        final int capacity;
        int length;

        SlotModel(int capacity) {
            this.capacity = capacity;
            this.length = Math.min(capacity, 64);
        }

        @Override
        void expire(long now) {
            while (!ring.isEmpty() && (ring.peekFirst().forgotten || ring.peekFirst().until - now <= 0)) {
                dropOldest();
            }
        }

        @Override
        boolean add(String id, int tag, long now) {
            if (held.containsKey(id)) {
                return false;
            }
            if (ring.size() == length) {
                long forgotten = ring.stream().filter(slot -> slot.forgotten).count();
                if (length < capacity) {
                    length = (int) Math.min(capacity, 2L * length);
                    ring.removeIf(slot -> slot.forgotten);
                } else if (forgotten >= Math.max(1, length / 8)) {
                    ring.removeIf(slot -> slot.forgotten);
                } else {
                    dropOldest();
                }
            }
            Entry slot = new Entry(id, tag, now + WINDOW.toNanos());
            ring.addLast(slot);
            held.put(id, slot);
            return true;
        }

        @Override
        boolean forget(String id) {
            Entry slot = held.remove(id);
            if (slot != null) {
                slot.forgotten = true;
            }
            return slot != null;
        }

        private void dropOldest() {
            Entry oldest = ring.removeFirst();
            if (!oldest.forgotten) {
                held.remove(oldest.id);
            }
        }
    }
}
