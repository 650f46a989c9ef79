package dev.switchboard.examples.demo;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.SentMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated user's private chat with the bot, shown in a {@link Transcript}: each action of
 * the user is written, then what it caused — the runtime resolving a stored payload, the answer to
 * a press and who gave it, new and edited bot messages with their keyboards, and a note for a
 * button whose payload went out as a {@code ~s:} token.
 */
final class Conversation {
    private final FakeUser user;
    private final Transcript transcript;
    private final RuntimeEvents events;
    private final Optional<RecordingPayloadStore> store;
    private final PayloadRule payloadRule;
    private final Map<Long, SentMessage> seen = new HashMap<>();
    private final Replicas replicas;

    /** For a bot run as several replicas: waits for all of them, and says where a press was answered. */
    interface Replicas {
        /** One bot: nothing to wait for, nobody to name. */
        Replicas NONE = new Replicas() {
            @Override
            public void settle() {
            }

            @Override
            public String where(String who) {
                return who;
            }
        };

        /** Returns once every running replica finished what the user's last action caused. */
        void settle();

        /** {@code who} answered the last press ({@code the handler}, {@code the runtime …}), with its replica. */
        String where(String who);
    }

    /**
     * @param store the bot's payload store, if it has one, to show tokens and their payloads
     * @param payloadRule the user's platform's payload limit, named in the note on a stored payload
     */
    Conversation(FakeUser user, Transcript transcript, RuntimeEvents events, Optional<RecordingPayloadStore> store,
                 PayloadRule payloadRule) {
        this(user, transcript, events, store, payloadRule, Replicas.NONE);
    }

    /** As the other constructor, for a bot run as {@code replicas}. */
    Conversation(FakeUser user, Transcript transcript, RuntimeEvents events, Optional<RecordingPayloadStore> store,
                 PayloadRule payloadRule, Replicas replicas) {
        this.replicas = replicas;
        this.user = user;
        this.transcript = transcript;
        this.events = events;
        this.store = store;
        this.payloadRule = payloadRule;
        user.messages().forEach(message -> seen.put(message.messageId(), message));
    }

    FakeUser user() {
        return user;
    }

    /** The user sends {@code text}; what the bot did in reply is shown. */
    Conversation sends(String text) {
        transcript.userSends(user.name(), text);
        user.sends(text);
        replicas.settle();
        showMessages();
        return this;
    }

    /** The user presses the button labelled {@code label} on the last keyboard it got. */
    Conversation presses(String label) {
        transcript.presses(user.name(), label);
        int answered = user.answers().size();
        user.presses(label);
        replicas.settle();
        afterPress(answered);
        return this;
    }

    /** The user presses the button at {@code row}, {@code column} (from 0) of the last keyboard it got. */
    Conversation pressesAt(int row, int column) {
        Keyboard keyboard = user.lastKeyboard().orElseThrow();
        transcript.presses(user.name(), keyboard.rows().get(row).get(column).label());
        int answered = user.answers().size();
        user.pressesAt(row, column);
        replicas.settle();
        afterPress(answered);
        return this;
    }

    /** The user blocks the bot. */
    Conversation blocks() {
        transcript.userDoes(user.name(), "blocks the bot");
        user.blocks();
        showMessages();
        return this;
    }

    /** The text of the user's latest message from the bot, if any. */
    Optional<String> lastText() {
        List<SentMessage> messages = user.messages();
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1).text());
    }

    private void afterPress(int answeredBefore) {
        store.ifPresent(recording -> recording.takeResolved().forEach(resolved -> transcript.note(
                resolved.token() + " resolved" + (resolved.by().isEmpty() ? ""
                        : " on " + resolved.by() + " (stored by " + resolved.mintedBy() + ")")
                        + ": the handler got " + resolved.payload())));
        List<RuntimeEvents.Event> happened = events.take();
        List<PressAnswer> answers = user.answers();
        if (answers.size() > answeredBefore) {
            String who = happened.stream().filter(e -> e.kind() == RuntimeEvents.Kind.AUTO_ANSWERED)
                    .map(RuntimeEvents.Event::text).findFirst().orElse("the handler");
            transcript.answer(answers.get(answers.size() - 1), replicas.where(who));
        } else {
            transcript.failure("the press was not answered");
        }
        happened.stream().filter(e -> e.kind() != RuntimeEvents.Kind.AUTO_ANSWERED)
                .forEach(e -> transcript.failure(e.text()));
        showMessages();
    }

    /** Writes the bot's messages that are new or changed since last time. */
    void showMessages() {
        for (SentMessage message : user.messages()) {
            SentMessage before = seen.put(message.messageId(), message);
            if (before == null) {
                transcript.botSends(message.text(), message.keyboard());
                message.keyboard().ifPresent(this::noteTokens);
            } else if (!before.text().equals(message.text()) || !before.markup().equals(message.markup())) {
                boolean keyboardChanged = !before.keyboard().equals(message.keyboard());
                transcript.botEdits(message.text(), message.keyboard(), keyboardChanged);
                if (keyboardChanged) {
                    message.keyboard().ifPresent(this::noteTokens);
                }
            }
        }
    }

    private void noteTokens(Keyboard keyboard) {
        for (List<Button> row : keyboard.rows()) {
            for (Button button : row) {
                if (button.kind() != ButtonKind.CALLBACK) {
                    continue;
                }
                String payload = ((CallbackButton) button).payload();
                store.flatMap(recording -> recording.stored(payload)).ifPresent(original -> transcript.note(
                        "[" + button.label() + "] went out as " + payload + ": its payload is "
                                + payloadRule.sizeOf(original) + " " + payloadRule.unit().word() + ", over "
                                + user.platform().displayName() + "'s " + payloadRule.maxSize()
                                + ", so the bot stored it"));
            }
        }
    }
}
