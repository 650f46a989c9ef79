package dev.switchboard.core.layout;

import dev.switchboard.core.SwitchboardException;
import java.util.Optional;

/**
 * A layout file, or a platform's own keyboard JSON, that cannot be used: unreadable, malformed
 * JSON, a wrong type, an unknown kind or field. The message names the place (line and column, and the JSON path when known)
 * and what was expected. Keyboards that are well-formed but break a platform's limits are
 * not this exception: they produce a {@code ValidationReport}.
 */
public final class LayoutException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** See {@link #line()}. */
    private final int line;
    /** See {@link #column()}. */
    private final int column;
    /** See {@link #path()}. */
    private final String path;

    LayoutException(String problem, int line, int column, String path, Throwable cause) {
        super(describe(problem, line, column, path), cause);
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /**
     * An input error at a place in a JSON document: {@code problem} says what is wrong and what was
     * expected; {@code line} and {@code column} are 1-based (0 when unknown); {@code path} may be
     * null. For readers of other keyboard JSON (the adapters' {@code keyboards().read}).
     */
    public static LayoutException at(String problem, int line, int column, String path) {
        return new LayoutException(problem, line, column, path, null);
    }

    /** 1-based line of the problem, or 0 when unknown (e.g. the file could not be read). */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The JSON path of the problem ({@code rows[0][1].kind}), when known. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    private static String describe(String problem, int line, int column, String path) {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append("line ").append(line).append(", column ").append(column);
        }
        if (path != null) {
            where.append(where.length() > 0 ? " " : "").append("at ").append(path);
        }
        return where.length() == 0 ? problem : where + ": " + problem;
    }
}
