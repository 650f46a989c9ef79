package dev.switchboard.core.payload;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record component of a {@link CallbackData} record: reads it from a record and turns it into
 * unescaped text and back. Numbers must be in canonical decimal form ({@code Integer.toString}),
 * so {@code +7}, {@code 07} and non-ASCII digits are refused: one value, one payload.
 */
final class PackedComponent {
    private enum Kind { STRING, INT, LONG, BOOLEAN, ENUM }

    private final String name;
    private final Method accessor;
    private final Kind kind;
    private final Map<String, Object> constants;

    private PackedComponent(String name, Method accessor, Kind kind, Map<String, Object> constants) {
        this.name = name;
        this.accessor = accessor;
        this.kind = kind;
        this.constants = constants;
    }

    /** The codec of {@code component}; IllegalArgumentException when its type is not supported. */
    static PackedComponent of(RecordComponent component) {
        Class<?> type = component.getType();
        String name = component.getDeclaringRecord().getSimpleName() + "." + component.getName();
        Kind kind = kindOf(type);
        if (kind == null) {
            throw new IllegalArgumentException(name + " has unsupported type " + type.getName()
                    + "; supported: String, int, long, boolean (or their boxes) and enums");
        }
        Map<String, Object> constants = new LinkedHashMap<>();
        if (kind == Kind.ENUM) {
            for (Object constant : type.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
        }
        Method accessor = component.getAccessor();
        CallbackData.makeAccessible(accessor, component.getDeclaringRecord());
        return new PackedComponent(name, accessor, kind, Map.copyOf(constants));
    }

    private static Kind kindOf(Class<?> type) {
        if (type == String.class) {
            return Kind.STRING;
        } else if (type == int.class || type == Integer.class) {
            return Kind.INT;
        } else if (type == long.class || type == Long.class) {
            return Kind.LONG;
        } else if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (type.isEnum()) {
            return Kind.ENUM;
        }
        return null;
    }

    /** The component's value in {@code record} as unescaped text; NPE naming it when null. */
    String write(Record record) {
        Object value = checkNotNull(read(record), "%s is null; CallbackData cannot pack null", name);
        return switch (kind) {
            case STRING -> (String) value;
            case INT, LONG -> value.toString();
            case BOOLEAN -> (Boolean) value ? "y" : "n";
            case ENUM -> ((Enum<?>) value).name();
        };
    }

    /** The value written as {@code text}, or null when {@code text} is not one this component writes. */
    Object parse(String text) {
        return switch (kind) {
            case STRING -> text;
            case INT -> parseInt(text);
            case LONG -> parseLong(text);
            case BOOLEAN -> text.equals("y") ? Boolean.TRUE : text.equals("n") ? Boolean.FALSE : null;
            case ENUM -> constants.get(text);
        };
    }

    private Object read(Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("accessor became inaccessible: " + name, e);
        } catch (InvocationTargetException e) {
            throw CallbackData.rethrow(e.getCause());
        }
    }

    private static Integer parseInt(String text) {
        try {
            int value = Integer.parseInt(text);
            return Integer.toString(value).equals(text) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            long value = Long.parseLong(text);
            return Long.toString(value).equals(text) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
