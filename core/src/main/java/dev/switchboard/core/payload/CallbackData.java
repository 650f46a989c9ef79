package dev.switchboard.core.payload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link PayloadCodec} for a record: a prefix, then the record's components in declaration
 * order, separated by {@code :}. With {@code record Vote(int poll, boolean yes)} and prefix
 * {@code vote}, {@code new Vote(7, true)} packs to {@code vote:7:y}; a record without components
 * packs to the bare prefix.
 *
 * <p>Component types: {@code String}; {@code int}, {@code long} and their boxes, in canonical
 * decimal ({@code -3}; never {@code +3} or {@code 03}); {@code boolean} and {@code Boolean} as
 * {@code y}/{@code n}; enums by {@link Enum#name()}. Inside a value, {@code :} is written
 * {@code \:} and {@code \} is written {@code \\}, so every string round-trips, the empty one
 * included. A null component cannot be packed ({@link NullPointerException} naming it).
 *
 * <p>{@link #unpack} is exact: it returns empty for any payload this codec would not write, that
 * is another prefix ({@code vote2:1:y} is not {@code vote}'s), another field count, a number,
 * boolean or enum name that does not parse, a malformed escape, or values the record's
 * constructor refuses. So the runtime can route a press to the first codec that unpacks it.
 *
 * <p>Platform limits: a codec made with {@link #limitedTo} measures each packed payload with
 * every given platform's {@link PayloadRule} (Telegram: 64 UTF-8 bytes; VK: 255 characters
 * of its {@code {"p":…}} JSON, see {@code docs/validation.md}) and throws {@link PayloadTooLongException}
 * instead of returning a payload that platform would reject.
 *
 * <p>The record must be accessible to this module: public in an exported package, or in a
 * package open to {@code dev.switchboard.core} (always true on the class path).
 * Instances are immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class CallbackData<T extends Record> implements PayloadCodec<T> {
    private final String prefix;
    private final Class<T> type;
    private final List<PackedComponent> components;
    private final Constructor<T> constructor;
    private final List<KeyboardRules> limits;

    private CallbackData(String prefix, Class<T> type, List<PackedComponent> components, Constructor<T> constructor,
                         List<KeyboardRules> limits) {
        this.prefix = prefix;
        this.type = type;
        this.components = components;
        this.constructor = constructor;
        this.limits = limits;
    }

    /**
     * A codec for {@code type} under {@code prefix}, without platform limits.
     *
     * @param prefix non-empty; no {@code :} or {@code \}; must not start with {@code ~}, which is
     *        reserved for {@link PayloadStore} tokens
     * @param type a record whose components all have supported types
     * @throws IllegalArgumentException when the prefix is not allowed, {@code type} is not a
     *         record, a component type is not supported, or the record is not accessible
     */
    public static <T extends Record> CallbackData<T> of(String prefix, Class<T> type) {
        checkNotNull(prefix, "prefix");
        checkNotNull(type, "type");
        checkArgument(!prefix.isEmpty(), "prefix must not be empty");
        checkArgument(prefix.indexOf(Escaping.SEPARATOR) < 0 && prefix.indexOf(Escaping.ESCAPE) < 0,
                "prefix must not contain ':' or '\\': %s", prefix);
        checkArgument(prefix.charAt(0) != '~',
                "prefix must not start with '~' (reserved for stored-payload tokens): %s", prefix);
        checkArgument(type.isRecord(), "not a record class: %s", type.getName());
        RecordComponent[] recordComponents = type.getRecordComponents();
        List<PackedComponent> components = Arrays.stream(recordComponents).map(PackedComponent::of).toList();
        Class<?>[] parameterTypes = Arrays.stream(recordComponents).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
        }
        makeAccessible(constructor, type);
        return new CallbackData<>(prefix, type, components, constructor, List.of());
    }

    /**
     * This codec, checking every packed payload against each of {@code rules} in order (replacing
     * any limits set before; none means no limit). Sizes are measured with each platform's own
     * {@code rules.payload().sizeOf(…)}, after its encoding.
     */
    public CallbackData<T> limitedTo(KeyboardRules... rules) {
        checkNotNull(rules, "rules");
        for (int i = 0; i < rules.length; i++) {
            checkNotNull(rules[i], "rules[%s]", i);
        }
        List<KeyboardRules> copy = List.of(rules);
        return new CallbackData<>(prefix, type, components, constructor, copy);
    }

    /**
     * The payload of {@code value}.
     *
     * @throws PayloadTooLongException when the payload exceeds a limit set by {@link #limitedTo};
     *         the first platform in the given order that it exceeds is reported
     * @throws NullPointerException when {@code value} or one of its components is null
     */
    @Override
    public String pack(T value) {
        checkNotNull(value, "value");
        StringBuilder packed = new StringBuilder(prefix);
        for (PackedComponent component : components) {
            packed.append(Escaping.SEPARATOR);
            Escaping.appendEscaped(component.write(value), packed);
        }
        String payload = packed.toString();
        for (KeyboardRules rules : limits) {
            PayloadRule rule = rules.payload();
            int size = rule.sizeOf(payload);
            if (size > rule.maxSize()) {
                throw new PayloadTooLongException(rules.platform(), payload, size, rule.maxSize(), rule.unit());
            }
        }
        return payload;
    }

    /** The value packed in {@code payload}, or empty when {@code payload} is not one this codec writes. */
    @Override
    public Optional<T> unpack(String payload) {
        if (!matches(payload)) {
            return Optional.empty();
        }
        List<String> fields = Escaping.split(payload);
        if (fields == null || fields.size() != components.size() + 1) {
            return Optional.empty();
        }
        Object[] values = new Object[components.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = components.get(i).parse(fields.get(i + 1));
            if (values[i] == null) {
                return Optional.empty();
            }
        }
        return construct(values);
    }

    /**
     * Whether {@code payload}'s first segment is this codec's prefix: it equals the prefix or
     * starts with the prefix and {@code :}. A match does not promise that {@link #unpack} succeeds.
     */
    public boolean matches(String payload) {
        checkNotNull(payload, "payload");
        return payload.startsWith(prefix)
                && (payload.length() == prefix.length() || payload.charAt(prefix.length()) == Escaping.SEPARATOR);
    }

    /** The prefix every payload of this codec starts with. */
    public String prefix() {
        return prefix;
    }

    /** The record type. */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return "CallbackData[" + prefix + ": " + type.getSimpleName()
                + components.stream().map(PackedComponent::toString).collect(Collectors.joining(", ", "(", ")"))
                + (limits.isEmpty() ? "" : " limited to "
                        + limits.stream().map(r -> r.platform().displayName()).collect(Collectors.joining(", ")))
                + "]";
    }

    private Optional<T> construct(Object[] values) {
        try {
            return Optional.of(constructor.newInstance(values));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                return Optional.empty(); // the record refuses these values, so this codec never packed them
            }
            throw rethrow(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    static void makeAccessible(AccessibleObject member, Class<?> record) {
        checkArgument(member.trySetAccessible(), "record %s is not accessible to Switchboard: make it public in an "
                + "exported package or open its package to dev.switchboard.core", record.getName());
    }

    static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new UndeclaredThrowableException(cause);
    }
}
