package dev.switchboard.examples.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * What the validation service asks of the command line's checks, so that the service answers
 * exactly what {@code switchboard validate} and {@code render} print: the service only speaks HTTP.
 * Keyboards arrive as the request body's bytes; {@code from} is one of {@link #inputs()} and every
 * platform one of {@link #platforms()} (the service checks both first). Thread-safe.
 */
public interface KeyboardChecks {
    /**
     * An answer: an HTTP status (200; 400 for unusable input, with {@code {"error": message}};
     * 422 when {@code render}'s platform would reject the keyboard) and its JSON body, newline-ended.
     *
     * @param status the HTTP status
     * @param json the body
     */
    record Answer(int status, String json) {
        public Answer {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("status must be an HTTP status: " + status);
            }
            if (json == null) {
                throw new NullPointerException("json");
            }
        }

        /** {@code status} with {@code {"error": message}}, the body of every refusal of the service. */
        public static Answer error(int status, String message) {
            return new Answer(status, ErrorJson.body(message));
        }
    }

    /** The platform names, in report order ({@code telegram}, {@code vk}). */
    List<String> platforms();

    /** The input formats {@code from} may name, {@code layout} first. */
    List<String> inputs();

    /** What {@code validate --from FROM --platform P --format json -} prints for {@code keyboard}. */
    Answer validate(String from, List<String> platforms, byte[] keyboard);

    /** What {@code render --from FROM --platform P -} prints (200), or the JSON report (422), or the error (400). */
    Answer render(String from, String platform, byte[] keyboard);

    /** The playground's view of {@code keyboard}: its layout, its report on every platform and each platform's JSON. */
    Answer preview(String from, byte[] keyboard);

    /** What {@code validate --input ndjson --from FROM --platform P -} prints, line by line, as {@code lines} arrive. */
    void validateBatch(String from, List<String> platforms, InputStream lines, OutputStream reports)
            throws IOException;
}
