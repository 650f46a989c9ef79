package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.PlatformId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The buttons of a stored keyboard as a simulated user sees them: label, what pressing does, and
 * the raw button JSON. Reads Telegram {@code inline_keyboard}/{@code keyboard} and VK
 * {@code buttons}; finds a button by label or position with the errors {@link FakeUser} documents.
 */
final class KeyboardButtons {
    /** What a press of a button makes the client do. */
    enum Action {
        /** Sends a callback press the bot must answer. */
        CALLBACK,
        /** Sends the label as a message (VK with the button's payload). */
        TEXT,
        /** Opens something in the app (link, mini app, payment, copy); the bot gets nothing. */
        OPENS,
        /** Shares a location or contact, which the fake users cannot do yet. */
        SHARES
    }

    /** One button: its label ("" when it has none), its action, its position and its JSON. */
    record Raw(String label, Action action, int row, int column, JsonNode json) {
        String position() {
            return "[" + row + "][" + column + "]";
        }
    }

    private KeyboardButtons() {
    }

    /**
     * The buttons of {@code message}'s keyboard, row by row; for a VK carousel, each card's buttons
     * as a row, left to right; empty without either.
     */
    static List<List<Raw>> rows(SentMessage message) {
        if (message.template().isPresent()) {
            List<List<Raw>> result = new ArrayList<>();
            int r = 0;
            for (JsonNode element : message.template().get().path("elements")) {
                List<Raw> buttons = new ArrayList<>();
                int c = 0;
                for (JsonNode button : element.path("buttons")) {
                    buttons.add(vk(button, r, c++));
                }
                result.add(List.copyOf(buttons));
                r++;
            }
            return List.copyOf(result);
        }
        if (message.markup().isEmpty()) {
            return List.of();
        }
        JsonNode markup = message.markup().get();
        boolean telegram = message.platform().equals(PlatformId.TELEGRAM);
        boolean inline = markup.has("inline_keyboard");
        JsonNode rows = !telegram ? markup.path("buttons")
                : inline ? markup.get("inline_keyboard") : markup.path("keyboard");
        List<List<Raw>> result = new ArrayList<>();
        int r = 0;
        for (JsonNode row : rows) {
            List<Raw> buttons = new ArrayList<>();
            int c = 0;
            for (JsonNode button : row) {
                buttons.add(telegram ? telegram(button, inline, r, c) : vk(button, r, c));
                c++;
            }
            result.add(List.copyOf(buttons));
            r++;
        }
        return List.copyOf(result);
    }

    /** The one button labelled {@code label}. */
    static Raw byLabel(List<List<Raw>> rows, String label) {
        List<Raw> found = rows.stream().flatMap(List::stream).filter(b -> b.label().equals(label)).toList();
        if (found.isEmpty()) {
            throw new NoSuchElementException("no button \"" + label + "\" on the last keyboard; its labels: "
                    + labels(rows));
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("the label \"" + label + "\" is on the last keyboard " + found.size()
                    + " times, at " + String.join(" and ", found.stream().map(Raw::position).toList())
                    + "; press by position with pressesAt(row, column)");
        }
        return found.get(0);
    }

    /** The button at zero-based {@code row} and {@code column}. */
    static Raw at(List<List<Raw>> rows, int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
            throw new NoSuchElementException("no button at [" + row + "][" + column + "] on the last keyboard; its"
                    + " labels: " + labels(rows));
        }
        return rows.get(row).get(column);
    }

    static List<List<String>> labels(List<List<Raw>> rows) {
        return rows.stream().map(row -> row.stream().map(Raw::label).toList()).toList();
    }

    private static Raw telegram(JsonNode button, boolean inline, int row, int column) {
        if (button.isTextual()) {
            return new Raw(button.asText(), Action.TEXT, row, column, button);
        }
        String label = button.path("text").asText("");
        Action action;
        if (inline) {
            action = button.has("callback_data") ? Action.CALLBACK : Action.OPENS;
        } else if (button.path("request_location").asBoolean(false) || button.path("request_contact").asBoolean(false)) {
            action = Action.SHARES;
        } else {
            action = button.has("web_app") ? Action.OPENS : Action.TEXT;
        }
        return new Raw(label, action, row, column, button);
    }

    private static Raw vk(JsonNode button, int row, int column) {
        JsonNode action = button.path("action");
        Action kind = switch (action.path("type").asText()) {
            case "callback" -> Action.CALLBACK;
            case "text" -> Action.TEXT;
            case "location" -> Action.SHARES;
            default -> Action.OPENS;
        };
        return new Raw(action.path("label").asText(""), kind, row, column, button);
    }
}
