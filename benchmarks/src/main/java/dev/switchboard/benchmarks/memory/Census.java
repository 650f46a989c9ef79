package dev.switchboard.benchmarks.memory;

import com.google.common.cache.Cache;
import dev.switchboard.core.spi.RememberedIds;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds every keyed structure a bot keeps: walks the fields of Switchboard's own objects from the
 * bot (through its platforms, messengers, stores and listeners), and lists each Guava cache, map
 * and collection it meets with its entry count and its bound (a cache's maximum size and expiry,
 * read from Guava's fields). It counts entries without looking into them, and walks into the
 * elements of a small map or collection only (the platforms, the routes), never into a cache.
 * Reflection on the runtime's private fields: for measuring, not for production.
 */
final class Census {
    /** A map or collection with more entries than this is not walked into. */
    private static final int WALK_INTO_AT_MOST = 32;
    private static final String OWN_PACKAGE = "dev.switchboard.";

    private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Structure> found = new ArrayList<>();
    /** Objects met and not walked yet, with their paths: breadth first, so each gets its shortest path. */
    private final Deque<Map.Entry<String, Object>> queue = new ArrayDeque<>();

    private Census() {
    }

    /** The structures reachable from {@code root}, named from {@code name}, in the order met. */
    static List<Structure> of(String name, Object root) {
        return of(Map.of(name, root));
    }

    /**
     * The structures reachable from any of {@code roots} (by name), in the roots' order: each is
     * named by its shortest path from the first root that reaches it.
     */
    static List<Structure> of(Map<String, ?> roots) {
        Census census = new Census();
        roots.forEach((name, root) -> {
            census.visit(name, root);
            while (!census.queue.isEmpty()) {
                Map.Entry<String, Object> next = census.queue.poll();
                census.walk(next.getKey(), next.getValue());
            }
        });
        return List.copyOf(census.found);
    }

    private void visit(String path, Object value) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(content -> visit(path, content));
            return;
        }
        if (value instanceof AtomicReference<?> reference) {
            visit(path, reference.get());
            return;
        }
        if (value == null || !visited.add(value)) {
            return;
        }
        queue.add(new AbstractMap.SimpleImmutableEntry<>(path, value));
    }

    /** Records {@code value} if it is a keyed structure, and queues what it holds. */
    private void walk(String path, Object value) {
        if (value instanceof Cache<?, ?> cache) {
            cache.cleanUp();
            found.add(cacheStructure(path, cache));
            return;
        }
        if (value instanceof RememberedIds ids) {
            found.add(new Structure(path, "ids", ids.size(), OptionalLong.of(ids.capacity()), Optional.of(ids.window())));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            found.add(new Structure(path, "map", map.size(), OptionalLong.empty(), Optional.empty()));
            if (map.size() <= WALK_INTO_AT_MOST) {
                for (Map.Entry<?, ?> entry : List.copyOf(map.entrySet())) {
                    visit(path + "[" + entry.getKey() + "]", entry.getValue());
                }
            }
            return;
        }
        if (value instanceof Collection<?> collection) {
            found.add(new Structure(path, "collection", collection.size(), OptionalLong.empty(), Optional.empty()));
            if (collection.size() <= WALK_INTO_AT_MOST) {
                int index = 0;
                for (Object element : List.copyOf(collection)) {
                    visit(path + "[" + index++ + "]", element);
                }
            }
            return;
        }
        // The in-process API stands in for the platforms: not the bot's memory.
        if (!value.getClass().getName().startsWith(OWN_PACKAGE) || value instanceof InProcessApi) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type.getName().startsWith(OWN_PACKAGE);
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                read(value, field).ifPresent(fieldValue -> visit(path + "." + field.getName(), fieldValue));
            }
        }
    }

    private static Optional<Object> read(Object owner, Field field) {
        try {
            field.setAccessible(true);
            return Optional.ofNullable(field.get(owner));
        } catch (IllegalAccessException | InaccessibleObjectException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A Guava cache's size and its bounds, from LocalCache's {@code maxWeight} and expiry fields. */
    private static Structure cacheStructure(String path, Cache<?, ?> cache) {
        OptionalLong max = OptionalLong.empty();
        Optional<Duration> expiry = Optional.empty();
        Optional<Object> local = field(cache, "localCache");
        if (local.isPresent()) {
            long maxWeight = (Long) field(local.get(), "maxWeight").orElse(-1L);
            long afterWrite = (Long) field(local.get(), "expireAfterWriteNanos").orElse(0L);
            long afterAccess = (Long) field(local.get(), "expireAfterAccessNanos").orElse(0L);
            max = maxWeight >= 0 ? OptionalLong.of(maxWeight) : OptionalLong.empty();
            long nanos = afterWrite > 0 ? afterWrite : afterAccess;
            expiry = nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
        }
        return new Structure(path, "cache", cache.size(), max, expiry);
    }

    private static Optional<Object> field(Object owner, String name) {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return Optional.ofNullable(field.get(owner));
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException | InaccessibleObjectException | SecurityException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
