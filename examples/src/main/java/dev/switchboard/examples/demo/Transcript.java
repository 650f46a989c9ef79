package dev.switchboard.examples.demo;

import dev.switchboard.core.answer.Alert;
import dev.switchboard.core.answer.OpenApp;
import dev.switchboard.core.answer.OpenLink;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.answer.Toast;
import dev.switchboard.core.keyboard.Keyboard;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Writes the demo's transcript, one line per thing that happened: what a user sent or pressed,
 * what the bot sent or edited (its keyboard drawn as boxes), how a press was answered and by
 * whom, notes and failures. Every text goes through the {@link Glyphs}, so an ASCII transcript is
 * pure ASCII.
 *
 * <pre>
 *   Ira › /start
 *   bot › Press a button
 *         ┌──────────┐ ┌──────────┐
 *         │ Button 1 │ │ Button 2 │
 *         └──────────┘ └──────────┘
 *   Ira presses [Button 1]
 *         → toast "You pressed Button 1", by the handler
 * </pre>
 */
final class Transcript {
    private static final String INDENT = "  ";
    private static final String DETAIL = "        ";
    private static final int RULE_WIDTH = 72;

    private final PrintWriter out;
    private final Glyphs glyphs;
    private final KeyboardBoxes boxes;
    private final String pressVerb;
    private boolean keyboardLast;

    /** A transcript of third persons ({@code Ira presses [Yes]}) with plain keyboards. */
    Transcript(PrintWriter out, Glyphs glyphs) {
        this(out, glyphs, KeyboardBoxes.plain(glyphs), "presses");
    }

    private Transcript(PrintWriter out, Glyphs glyphs, KeyboardBoxes boxes, String pressVerb) {
        this.out = out;
        this.glyphs = glyphs;
        this.boxes = boxes;
        this.pressVerb = pressVerb;
    }

    /** A transcript for a person playing ({@code You press [Yes]}), with numbered keyboards. */
    static Transcript interactive(PrintWriter out, Glyphs glyphs) {
        return new Transcript(out, glyphs, KeyboardBoxes.numbered(glyphs), "press");
    }

    Glyphs glyphs() {
        return glyphs;
    }

    /** A line of its own, as it is. */
    void line(String text) {
        println(glyphs.text(text));
    }

    /** A blank line and a rule naming a platform: {@code ── Telegram ──────…}. */
    void section(String name) {
        String head = glyphs.horizontal.repeat(2) + " " + glyphs.text(name) + " ";
        println();
        println(head + glyphs.horizontal.repeat(Math.max(2, RULE_WIDTH - DisplayWidth.of(head))));
    }

    /** A blank line and the name of what comes next (a bot). */
    void scene(String text) {
        println();
        println(glyphs.text(text));
    }

    /** {@code user} sent {@code text}. */
    void userSends(String user, String text) {
        said(user, text);
    }

    /** {@code user} did something that is not a message: {@code Ira blocks the bot}. */
    void userDoes(String user, String action) {
        println(INDENT + glyphs.text(user + " " + action));
    }

    /** {@code user} pressed the button labelled {@code label}. */
    void presses(String user, String label) {
        println(INDENT + glyphs.text(user) + " " + pressVerb + " [" + glyphs.text(label) + "]");
    }

    /** The bot sent a new message, with its keyboard if it has one. */
    void botSends(String text, Optional<Keyboard> keyboard) {
        said("bot", text);
        keyboard.ifPresent(this::keyboard);
    }

    /** The bot tries to send {@code text} to {@code user}, who may have blocked it: {@code bot → Ira › text}. */
    void botTries(String text, String user) {
        said("bot " + glyphs.arrow + " " + user, text);
    }

    /**
     * The bot edited a message to {@code text}; its keyboard is drawn when it changed, else a
     * line says it was kept.
     */
    void botEdits(String text, Optional<Keyboard> keyboard, boolean keyboardChanged) {
        said("bot edits", text);
        if (keyboardChanged) {
            keyboard.ifPresentOrElse(this::keyboard, () -> detail("(keyboard removed)"));
        } else if (keyboard.isPresent()) {
            detail("(same keyboard)");
        }
    }

    /** A press was answered with {@code answer} by {@code who} ({@code the handler}, {@code the runtime …}). */
    void answer(PressAnswer answer, String who) {
        println(DETAIL + glyphs.arrow + " " + glyphs.text(describe(answer) + ", by " + who));
    }

    /** A detail under the last line: {@code · text}. */
    void note(String text) {
        // a note is about what was just drawn: a keyboard followed by notes on it is still the last keyboard shown
        out.println(DETAIL + glyphs.note + " " + glyphs.text(text));
    }

    /** Something refused or failed: {@code ✗ text}. */
    void failure(String text) {
        println(DETAIL + glyphs.failed + " " + glyphs.text(text));
    }

    /** Something that went as expected: {@code ✓ text}. */
    void ok(String text) {
        println(DETAIL + glyphs.ok + " " + glyphs.text(text));
    }

    /** Draws {@code keyboard} under the last line. */
    void keyboard(Keyboard keyboard) {
        for (String line : boxes.draw(keyboard)) {
            println(DETAIL + line);
        }
        keyboardLast = true;
    }

    /**
     * Draws {@code keyboard} again under a line saying so, unless it is what was just drawn: after an answer
     * or a "(same keyboard)" edit the buttons to type are on screen, not several lines up.
     */
    void current(Keyboard keyboard) {
        if (!keyboardLast) {
            detail("buttons now:");
            keyboard(keyboard);
        }
    }

    /** Whether the last lines written are a keyboard's boxes. */
    boolean keyboardLast() {
        return keyboardLast;
    }

    /** Sends what was written so far. */
    void flush() {
        out.flush();
    }

    /** An answer as a reader says it: {@code toast "Saved"}, {@code none}, {@code opens https://…}. */
    static String describe(PressAnswer answer) {
        return switch (answer.kind()) {
            case NONE -> "none (the spinner stops)";
            case TOAST -> "toast \"" + ((Toast) answer).text() + "\"";
            case ALERT -> "alert \"" + ((Alert) answer).text() + "\"";
            case OPEN_LINK -> "opens " + ((OpenLink) answer).url();
            case OPEN_APP -> "opens app " + ((OpenApp) answer).appId();
        };
    }

    private void said(String who, String text) {
        List<String> lines = text.lines().toList();
        String head = INDENT + glyphs.text(who) + " " + glyphs.says + " ";
        String continued = " ".repeat(DisplayWidth.of(head));
        println(head + glyphs.text(lines.isEmpty() ? "" : lines.get(0)));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            println(continued + glyphs.text(line));
        }
    }

    private void println(String line) {
        out.println(line);
        keyboardLast = false;
    }

    private void println() {
        out.println();
        keyboardLast = false;
    }

    private void detail(String text) {
        println(DETAIL + glyphs.text(text));
    }
}
