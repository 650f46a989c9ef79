package dev.switchboard.examples.demo;

import dev.switchboard.testkit.FakeStats;

/** The transcript's last line: the fakes' counts, said in words. */
final class Totals {
    private Totals() {
    }

    /**
     * {@code Totals: 24 updates, 14 presses, 14 answers, all answered in time; 12 messages sent, 10
     * edited, 2 sends refused.}
     */
    static String line(FakeStats stats) {
        long late = stats.pressesMade() - stats.pressesAnsweredInTime();
        return "Totals: " + count(stats.updatesDelivered(), "update") + ", " + count(stats.pressesMade(), "press")
                + ", " + count(stats.pressesAnsweredInTime(), "answer") + ", "
                + (late == 0 ? "all answered in time" : late + " not answered in time")
                + (stats.answersRefused() == 0 ? "" : ", " + count(stats.answersRefused(), "answer") + " refused")
                + "; " + count(stats.messagesSent(), "message") + " sent, " + stats.messagesEdited() + " edited, "
                + count(stats.sendsRefused(), "send") + " refused.";
    }

    private static String count(long n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        return n + " " + (noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
