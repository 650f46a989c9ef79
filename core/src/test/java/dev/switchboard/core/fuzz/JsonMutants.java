package dev.switchboard.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Fuzzed JSON for reader properties: real samples with one to three mutations each (byte flips,
 * truncation, structural characters, empty keys, deep nesting, huge numbers, invalid UTF-8,
 * deleted and repeated ranges). Positions are fractions of the input's length, so one mutation
 * fits any sample.
 */
public final class JsonMutants {
    private static final byte[] STRUCTURAL = "{}[]:,\"\\".getBytes(StandardCharsets.US_ASCII);
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0x80}, new byte[] {0});
    private static final List<String> HUGE_NUMBERS = List.of("9".repeat(1200), "-" + "9".repeat(40),
            "18446744073709551616", "-9223372036854775809", "9223372036854775808", "2147483648", "1e999999",
            "-1E-400", "0." + "0".repeat(600) + "1", "1" + "0".repeat(30), "-0", "0.5", "00", "1.", "+1", "NaN");
    private static final List<Nest> NESTS = List.of(new Nest("[", "]"), new Nest("{\"\":", "}"),
            new Nest("{\"a\":", "}"), new Nest("[{\"x\":", "}]"));
    private static final List<Integer> DEPTHS = List.of(2, 64, 999, 1000, 1001, 3000);
    private static final List<String> EMPTY_KEYS = List.of("\"\":", "\"\":[", "\"\":{", "\"\":\"\",", "\"\":1,");

    private JsonMutants() {
    }

    /** Each sample with one to three mutations; {@code names.get(i)} names {@code samples.get(i)}. */
    public static Arbitrary<Mutant> of(List<String> names, List<byte[]> samples) {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, samples.size() - 1);
        return Combinators.combine(which, mutation().list().ofMinSize(1).ofMaxSize(3)).as((i, mutations) -> {
            byte[] bytes = samples.get(i);
            StringBuilder how = new StringBuilder(names.get(i));
            for (Mutation m : mutations) {
                bytes = m.apply(bytes);
                how.append(" + ").append(m.name());
            }
            return new Mutant(bytes, how.toString());
        });
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(0, 255)).as((f, b) ->
                        new Mutation("flip " + b + "@" + pct(f),
                                in -> replace(in, pos(in, f), 1, new byte[] {b.byteValue()}))),
                at.map(f -> new Mutation("truncate@" + pct(f), in -> Arrays.copyOf(in, pos(in, f)))),
                Combinators.combine(at, Arbitraries.integers().between(0, STRUCTURAL.length - 1)).as((f, s) ->
                        new Mutation("insert " + (char) STRUCTURAL[s] + "@" + pct(f),
                                in -> replace(in, pos(in, f), 0, new byte[] {STRUCTURAL[s]}))),
                Combinators.combine(at, Arbitraries.of(EMPTY_KEYS)).as((f, k) ->
                        new Mutation("empty key " + k + "@" + pct(f), in -> emptyKey(in, pos(in, f), k))),
                Combinators.combine(at, Arbitraries.of(NESTS), Arbitraries.of(DEPTHS), Arbitraries.of(true, false))
                        .as((f, nest, depth, closed) -> new Mutation("nest " + nest.open() + "x" + depth
                                + (closed ? " closed" : "") + "@" + pct(f),
                                in -> replace(in, pos(in, f), 0, nest.bytes(depth, closed)))),
                Combinators.combine(at, Arbitraries.of(HUGE_NUMBERS)).as((f, n) ->
                        new Mutation("number " + abbreviate(n) + "@" + pct(f), in -> number(in, pos(in, f), n))),
                Combinators.combine(at, Arbitraries.of(INVALID_UTF8)).as((f, bad) ->
                        new Mutation("invalid utf-8 " + hex(bad) + "@" + pct(f), in -> replace(in, pos(in, f), 0, bad))),
                Combinators.combine(at, at).as((f, g) -> new Mutation("delete " + pct(f) + ".." + pct(g),
                        in -> delete(in, pos(in, Math.min(f, g)), pos(in, Math.max(f, g))))),
                Combinators.combine(at, at).as((f, g) -> new Mutation("repeat " + pct(f) + ".." + pct(g),
                        in -> repeat(in, pos(in, Math.min(f, g)), pos(in, Math.max(f, g))))));
    }

    /** One named change to an input. */
    private record Mutation(String name, UnaryOperator<byte[]> change) {
        byte[] apply(byte[] in) {
            return change.apply(in);
        }
    }

    /** A nesting level as its opening and closing text. */
    private record Nest(String open, String close) {
        byte[] bytes(int depth, boolean closed) {
            String text = open.repeat(depth) + (closed ? "1" + close.repeat(depth) : "");
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int pos(byte[] in, double fraction) {
        return (int) Math.min(in.length, Math.floor(fraction * (in.length + 1)));
    }

    private static String pct(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static byte[] replace(byte[] in, int at, int length, byte[] with) {
        int end = Math.min(in.length, at + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + with.length);
        out.write(in, 0, at);
        out.write(with, 0, with.length);
        out.write(in, end, in.length - end);
        return out.toByteArray();
    }

    /** Empties the name of the next key at or after {@code at}, or inserts {@code key} there if none follows. */
    private static byte[] emptyKey(byte[] in, int at, String key) {
        for (int i = at; i + 1 < in.length; i++) {
            if (in[i] == '"' && in[i + 1] == ':') {
                int open = i - 1;
                while (open >= 0 && in[open] != '"') {
                    open--;
                }
                if (open >= 0) {
                    return replace(in, open + 1, i - open - 1, new byte[0]);
                }
            }
        }
        return replace(in, at, 0, key.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the run of digits at or after {@code at} with {@code number}, or inserts it if none follows. */
    private static byte[] number(byte[] in, int at, String number) {
        int start = at;
        while (start < in.length && (in[start] < '0' || in[start] > '9')) {
            start++;
        }
        int end = start;
        while (end < in.length && in[end] >= '0' && in[end] <= '9') {
            end++;
        }
        byte[] digits = number.getBytes(StandardCharsets.US_ASCII);
        return start == in.length ? replace(in, at, 0, digits) : replace(in, start, end - start, digits);
    }

    private static byte[] delete(byte[] in, int from, int to) {
        return replace(in, from, to - from, new byte[0]);
    }

    private static byte[] repeat(byte[] in, int from, int to) {
        return replace(in, to, 0, Arrays.copyOfRange(in, from, to));
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }
}
