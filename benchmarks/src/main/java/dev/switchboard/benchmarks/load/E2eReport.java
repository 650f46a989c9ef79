package dev.switchboard.benchmarks.load;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The end-to-end run's table (one row per contender) and its ratios against the targets, each with
 * a verdict: Switchboard's presses/s at least 2× the fastest peer's and at least 0.5× the limit's,
 * its p99 at 50 % load at most half the fastest peer's, and its idle RSS at most every peer's.
 */
final class E2eReport {
    private E2eReport() {
    }

    /** The Markdown table and the ratios. */
    static String table(List<E2eLoad.Row> rows, E2eLoad.Settings settings) {
        StringBuilder out = new StringBuilder();
        double slowest = rows.stream().mapToDouble(r -> r.saturation().perSecond()).min().orElse(0);
        out.append(String.format("%d webhook connections, %d chats; saturation: closed loop for %d s after %d s of"
                        + " warm-up; fixed rates %.0f/s (50 %%) and %.0f/s (90 %% of the slowest) for %d s each;"
                        + " contender JVMs: %s%n%n", settings.connections(), settings.chats(),
                settings.saturation().toSeconds(), settings.warmup().toSeconds(), 0.5 * slowest, 0.9 * slowest,
                settings.rated().toSeconds(), String.join(" ", ChildJvm.JVM_OPTIONS)));
        out.append("| contender | start-up ms | idle RSS / heap MiB | presses/s | CPU µs/press"
                + " | 50 %: p50 / p99 / p99.9 ms | 90 %: p50 / p99 / p99.9 ms | after load RSS / heap MiB | valid |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (E2eLoad.Row row : rows) {
            out.append(String.format("| %s | %d | %s | %.0f | %.0f | %s | %s | %s | %s |%n", row.contender().name(),
                    row.startupMillis(), row.idle().mib(), row.saturation().perSecond(), row.cpuMicrosPerPress(),
                    quantiles(row.half()), quantiles(row.ninety()), row.loaded().mib(),
                    row.problems().isEmpty() ? "yes (" + presses(row) + " presses" + repeats(row) + ")" : "**no**: "
                            + String.join("; ", row.problems())));
        }
        out.append('\n');
        Optional<E2eLoad.Row> ours = rows.stream().filter(r -> r.contender().mainClass()
                .equals(E2eSwitchboardBot.class.getName())).findFirst();
        Optional<E2eLoad.Row> fastestPeer = rows.stream().filter(r -> r.contender().peer())
                .max(Comparator.comparingDouble(r -> r.saturation().perSecond()));
        Optional<E2eLoad.Row> limit = rows.stream().filter(r -> r.contender().mainClass()
                .equals(E2eLimitBot.class.getName())).findFirst();
        if (ours.isEmpty()) {
            return out.toString();
        }
        E2eLoad.Row sb = ours.get();
        fastestPeer.ifPresent(peer -> {
            double ratio = sb.saturation().perSecond() / peer.saturation().perSecond();
            out.append(verdict(String.format("presses/s ÷ fastest peer (%s): %.2f×", peer.contender().name(), ratio),
                    ratio >= 2, "≥ 2×"));
            double p99 = sb.half().millis(0.99) / peer.half().millis(0.99);
            out.append(verdict(String.format("p99 at 50 %% load ÷ fastest peer's: %.2f× (%.2f ms vs %.2f ms)", p99,
                    sb.half().millis(0.99), peer.half().millis(0.99)), p99 <= 0.5, "≤ 0.5×"));
        });
        limit.ifPresent(l -> {
            double ratio = sb.saturation().perSecond() / l.saturation().perSecond();
            out.append(verdict(String.format("presses/s ÷ limit: %.2f×", ratio), ratio >= 0.5, "≥ 0.5×"));
        });
        long peerRss = rows.stream().filter(r -> r.contender().peer()).mapToLong(r -> r.idle().rssKib()).min()
                .orElse(-1);
        if (peerRss > 0 && sb.idle().rssKib() > 0) {
            out.append(verdict(String.format("idle RSS: %.0f MiB vs the peers' smallest %.0f MiB",
                    sb.idle().rssKib() / 1024.0, peerRss / 1024.0), sb.idle().rssKib() <= peerRss, "≤ peers'"));
        }
        return out.toString();
    }

    private static int presses(E2eLoad.Row row) {
        return row.saturation().presses() + row.half().presses() + row.ninety().presses();
    }

    private static String repeats(E2eLoad.Row row) {
        long repeated = row.saturation().check().repeatedAnswers() + row.half().check().repeatedAnswers()
                + row.ninety().check().repeatedAnswers();
        return repeated == 0 ? "" : "; " + repeated + " answer calls repeated, refused as the platform does";
    }

    private static String quantiles(E2eDriver.Phase phase) {
        return String.format("%.2f / %.2f / %.2f", phase.millis(0.50), phase.millis(0.99), phase.millis(0.999));
    }

    private static String verdict(String what, boolean met, String target) {
        return "- " + what + " (target " + target + "): " + (met ? "**met**" : "**missed**") + "\n";
    }
}
