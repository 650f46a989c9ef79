package dev.switchboard.core.event;

import dev.switchboard.core.SwitchboardException;
import java.util.Optional;

/**
 * An update that cannot be read: malformed JSON, a missing required field or a field of the
 * wrong type. The message names the field (as a path such as {@code callback_query.from.id})
 * and the line and column where known. Unknown fields and update types are never this
 * exception.
 */
public final class UpdateParseException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** See {@link #field()}. */
    private final String field;
    /** See {@link #line()}. */
    private final int line;
    /** See {@link #column()}. */
    private final int column;

    /**
     * @param problem what is wrong
     * @param field the JSON path of the problem, or null when not about one field
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param cause the underlying parser error, or null
     */
    public UpdateParseException(String problem, String field, int line, int column, Throwable cause) {
        super(describe(problem, field, line, column), cause);
        this.field = field;
        this.line = line;
        this.column = column;
    }

    /** The JSON path of the offending field, when the problem is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    private static String describe(String problem, String field, int line, int column) {
        StringBuilder where = new StringBuilder();
        if (field != null) {
            where.append(field);
        }
        if (line > 0) {
            where.append(where.length() > 0 ? " " : "").append("(line ").append(line).append(", column ")
                    .append(column).append(')');
        }
        return where.length() == 0 ? problem : where + ": " + problem;
    }
}
