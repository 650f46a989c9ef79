package dev.switchboard.examples.demo;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.testkit.FakePlatforms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code switchboard demo --interactive}: one example bot on one fake platform, played by a
 * person. The bot's messages are drawn with a number on each button; a line with a button's
 * number presses it, any other line is sent as a message ({@code /start} to begin), {@code q}
 * or the end of input quits. Reads lines, so it works in a terminal and with piped input alike.
 */
public final class InteractiveDemo {
    /** The bots a person can play with, the default first. */
    public static final List<String> BOTS = List.of("catalogue", "menu", "two-buttons");

    private static final String YOU = "You";

    /** What a number gets while the bot has shown no buttons. */
    static final String NOTHING_TO_PRESS = "nothing to press yet: the bot has shown no buttons; type /start first "
            + "(a button's number presses it once there are some)";

    private final Transcript transcript;
    private final Conversation chat;
    private final PrintWriter out;

    private InteractiveDemo(Transcript transcript, Conversation chat, PrintWriter out) {
        this.transcript = transcript;
        this.chat = chat;
        this.out = out;
    }

    /**
     * Plays bot {@code name} (one of {@link #BOTS}) on {@code platform} until {@code q} or the end
     * of {@code in}.
     */
    public static void run(String name, PlatformId platform, BufferedReader in, PrintWriter out, Glyphs glyphs) {
        Transcript transcript = Transcript.interactive(out, glyphs);
        RuntimeEvents events = new RuntimeEvents();
        Optional<RecordingPayloadStore> store = DemoBots.storeFor(name);
        try (FakePlatforms fakes = Fakes.of(List.of(platform))) {
            fakes.start();
            Bot bot = DemoBots.interactive(name, List.of(Fakes.platform(fakes, platform)), events, store);
            try (FakePlatforms.Running running = fakes.start(bot)) {
                Conversation chat = new Conversation(Fakes.user(fakes, platform, YOU), transcript, events, store,
                        Fakes.platform(fakes, platform).keyboardRules().payload());
                transcript.line("The " + name + " bot on a fake " + platform.displayName() + " server in this process. "
                        + "Type /start to begin, a button's number to press it, any other text to send it, q to quit.");
                new InteractiveDemo(transcript, chat, out).loop(in);
            }
        }
    }

    private void loop(BufferedReader in) {
        while (true) {
            out.print("> ");
            out.flush();
            String line = readLine(in);
            if (line == null || line.strip().equals("q")) {
                out.println();
                transcript.line("Bye.");
                transcript.flush();
                return;
            }
            String input = line.strip();
            if (input.isEmpty()) {
                continue;
            }
            try {
                act(input);
            } catch (RuntimeException | AssertionError e) {
                transcript.failure(String.valueOf(e.getMessage()));
            }
            transcript.flush();
        }
    }

    private void act(String input) {
        Optional<Keyboard> keyboard = chat.user().lastKeyboard();
        OptionalInt number = number(input);
        if (number.isPresent() && keyboard.isEmpty()) {
            transcript.note(NOTHING_TO_PRESS);
            return;
        }
        if (number.isPresent()) {
            int[] position = position(keyboard.get(), number.getAsInt());
            if (position.length == 0) {
                transcript.failure("there is no button " + input + "; type 1 to " + keyboard.get().buttonCount()
                        + ", or some text to send it");
                return;
            }
            chat.pressesAt(position[0], position[1]);
        } else {
            chat.sends(input);
        }
        chat.user().lastKeyboard().ifPresent(transcript::current);
    }

    private static OptionalInt number(String input) {
        if (!input.matches("[0-9]{1,4}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(input));
    }

    /** The row and column of button {@code number} (from 1, row by row), or nothing if there is none. */
    private static int[] position(Keyboard keyboard, int number) {
        int seen = 0;
        List<List<Button>> rows = keyboard.rows();
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                if (++seen == number) {
                    return new int[] {row, column};
                }
            }
        }
        return new int[0];
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
