package dev.switchboard.benchmarks.load;

import dev.switchboard.benchmarks.load.RedisMonitor.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a MONITOR stream into round trips per update: the bot's commands between a
 * {@code begin <platform> <kind> <n>} marker and the handler's {@code handler} marker are before
 * the handler, those between that and {@code end} after it. Lease and checkpoint commands belong
 * to the poller, and the heartbeat and the look for orphaned updates ({@code SET alive},
 * {@code SCAN}/{@code HGETALL taken}, the adoption script) to the replica's background beat,
 * wherever they fall.
 */
final class RoundTripCount {
    private static final Set<String> POLLER_KEYS = Set.of("lease", "lease-token", "checkpoint", "alive");
    private static final Set<String> BACKGROUND_COMMANDS = Set.of("SCAN", "HGETALL");

    private final List<RoundTripReport.Row> rows;
    private final Map<String, Integer> poller;

    private RoundTripCount(List<RoundTripReport.Row> rows, Map<String, Integer> poller) {
        this.rows = rows;
        this.poller = poller;
    }

    /** Counts {@code commands} (MONITOR order, markers included) of a bot whose keys start with {@code namespace:}. */
    static RoundTripCount of(List<Command> commands, String namespace) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Integer> poller = new LinkedHashMap<>();
        Tally current = null;
        Map<String, Integer> phase = null;
        for (Command command : commands) {
            if (command.isMarker()) {
                String[] words = command.marker().split(" ");
                switch (words[0]) {
                    case "begin" -> {
                        current = tallies.computeIfAbsent(words[1] + " " + words[2], Tally::new);
                        current.updates++;
                        current.beforeNow = 0;
                        phase = current.before;
                    }
                    case "handler" -> {
                        if (current != null) {
                            current.handled++;
                            phase = current.after;
                        }
                    }
                    case "end" -> {
                        if (current != null) {
                            current.maxBefore = Math.max(current.maxBefore, current.beforeNow);
                        }
                        current = null;
                        phase = null;
                    }
                    default -> throw new IllegalStateException("unknown marker " + command.marker());
                }
                continue;
            }
            String keyKind = keyKind(command, namespace);
            String label = label(command, keyKind);
            if (POLLER_KEYS.contains(keyKind) || BACKGROUND_COMMANDS.contains(command.args().get(0).toUpperCase(java.util.Locale.ROOT))) {
                String where = current == null ? "between updates" : phase == current.before ? "before a handler"
                        : "after a handler";
                poller.merge(label + " (" + where + ")", 1, Integer::sum);
            } else if (current == null) {
                poller.merge(label + " (outside any update)", 1, Integer::sum);
            } else {
                phase.merge(label, 1, Integer::sum);
                if (phase == current.before) {
                    current.beforeNow++;
                }
            }
        }
        List<RoundTripReport.Row> rows = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            String[] name = tally.name.split(" ");
            rows.add(new RoundTripReport.Row(name[0], name[1], tally.updates, tally.handled, tally.maxBefore,
                    Map.copyOf(tally.before), Map.copyOf(tally.after)));
        }
        return new RoundTripCount(List.copyOf(rows), Map.copyOf(poller));
    }

    List<RoundTripReport.Row> rows() {
        return rows;
    }

    Map<String, Integer> poller() {
        return poller;
    }

    /** The part of the first key after the namespace ({@code rt:seen:telegram:5} is {@code seen}), or "". */
    static String keyKind(Command command, String namespace) {
        String prefix = namespace + ":";
        for (String arg : command.args()) {
            if (arg.startsWith(prefix)) {
                String rest = arg.substring(prefix.length());
                int colon = rest.indexOf(':');
                return colon < 0 ? rest : rest.substring(0, colon);
            }
        }
        return "";
    }

    /** {@code SET NX seen}, {@code EVALSHA presses}, {@code GET payload}: the command, SET's condition, the key kind. */
    static String label(Command command, String keyKind) {
        List<String> args = command.args();
        StringBuilder label = new StringBuilder(args.isEmpty() ? "?" : args.get(0).toUpperCase(Locale.ROOT));
        if (label.toString().equals("SET")) {
            for (String arg : args.subList(Math.min(3, args.size()), args.size())) {
                String flag = arg.toUpperCase(Locale.ROOT);
                if (flag.equals("NX") || flag.equals("XX")) {
                    label.append(' ').append(flag);
                }
            }
        }
        if (!keyKind.isEmpty()) {
            label.append(' ').append(keyKind);
        }
        return label.toString();
    }

    private static final class Tally {
        final String name;
        final Map<String, Integer> before = new LinkedHashMap<>();
        final Map<String, Integer> after = new LinkedHashMap<>();
        int updates;
        int handled;
        int beforeNow;
        int maxBefore;

        Tally(String name) {
            this.name = name;
        }
    }
}
