package dev.switchboard.benchmarks.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.RememberedIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** How the census names, counts and bounds what it finds, on a small graph of Switchboard objects. */
class CensusTest {
    @Test
    void findsCachesMapsAndCollectionsWithTheirEntriesAndBounds() {
        Cache<String, String> cache = CacheBuilder.newBuilder().maximumSize(10).expireAfterWrite(Duration.ofHours(1))
                .build();
        cache.put("a", "1");
        cache.put("b", "2");
        Map<String, Integer> map = new HashMap<>(Map.of("x", 1));
        Owner owner = new Owner(cache, map, new Part(new ArrayList<>(List.of("p", "q", "r"))), Optional.empty());

        List<Structure> found = Census.of("owner", owner);

        assertThat(found).containsExactly(
                new Structure("owner.cache", "cache", 2, OptionalLong.of(10), Optional.of(Duration.ofHours(1))),
                new Structure("owner.map", "map", 1, OptionalLong.empty(), Optional.empty()),
                new Structure("owner.part.items", "collection", 3, OptionalLong.empty(), Optional.empty()));
        assertThat(found.get(0).bounded()).isTrue();
        assertThat(found.get(1).bounded()).isFalse();
    }

    @Test
    void findsRememberedIdsWithTheirCountCapacityAndWindow() {
        RememberedIds ids = RememberedIds.create(Duration.ofMinutes(10), 1_000);
        ids.add(PlatformId.TELEGRAM, "1", 0);
        ids.add(PlatformId.VK, "1", 0);

        List<Structure> found = Census.of("holder", new IdsHolder(ids));

        assertThat(found).containsExactly(
                new Structure("holder.ids", "ids", 2, OptionalLong.of(1_000), Optional.of(Duration.ofMinutes(10))));
    }

    @Test
    void namesAStructureReachedTwiceByItsShortestPathAndCountsItOnce() {
        Cache<String, String> shared = CacheBuilder.newBuilder().maximumSize(5).build();
        Owner inner = new Owner(shared, Map.of(), new Part(List.of()), Optional.empty());
        Owner outer = new Owner(CacheBuilder.newBuilder().build(), Map.of(), new Part(List.of()), Optional.of(inner));

        Map<String, Object> roots = new LinkedHashMap<>();
        roots.put("outer", outer);
        roots.put("again", inner);

        List<Structure> found = Census.of(roots);

        assertThat(found).filteredOn(s -> s.maxEntries().equals(OptionalLong.of(5)))
                .extracting(Structure::path).containsExactly("outer.next.cache");
        assertThat(found).filteredOn(s -> s.path().equals("outer.cache")).singleElement()
                .satisfies(s -> assertThat(s.bound()).isEqualTo("none"));
    }

    @Test
    void showsABoundAsCountAndAge() {
        assertThat(new Structure("p", "cache", 0, OptionalLong.of(100_000), Optional.of(Duration.ofHours(48))).bound())
                .isEqualTo("≤ 100,000, 2 d");
        assertThat(new Structure("p", "cache", 0, OptionalLong.of(10_000), Optional.empty()).bound())
                .isEqualTo("≤ 10,000");
        assertThat(new Structure("p", "cache", 0, OptionalLong.empty(), Optional.of(Duration.ofMinutes(10))).bound())
                .isEqualTo("10 min");
    }

    private record Owner(Cache<String, String> cache, Map<String, Integer> map, Part part, Optional<Owner> next) {
    }

    private record Part(List<String> items) {
    }

    private record IdsHolder(RememberedIds ids) {
    }
}
