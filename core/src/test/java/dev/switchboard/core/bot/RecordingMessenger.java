package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Messenger} that records every call; a chat can be made to "migrate" on send. Made with
 * rules, it validates keyboards before recording, as real messengers do before any request.
 */
final class RecordingMessenger implements Messenger {
    record Sent(long chatId, String text, Optional<Keyboard> keyboard) {
    }

    record Edited(String via, Object target, Optional<String> text, KeyboardChange change) {
    }

    record Answered(ButtonPress press, PressAnswer answer) {
    }

    private final PlatformId platform;
    private final Optional<KeyboardRules> rules;
    private final AtomicLong messageIds = new AtomicLong(100);
    private final Map<Long, Long> migrations = new ConcurrentHashMap<>();
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<Edited> edited = new CopyOnWriteArrayList<>();
    final List<Answered> answered = new CopyOnWriteArrayList<>();
    /** The checked answers the runtime handed over, in answer order. */
    final List<AnswerRequest> requests = new CopyOnWriteArrayList<>();
    /** How old each press was said to be when answered through the runtime, in answer order. */
    final List<java.time.Duration> answerAges = new CopyOnWriteArrayList<>();

    RecordingMessenger(PlatformId platform) {
        this.platform = platform;
        this.rules = Optional.empty();
    }

    RecordingMessenger(PlatformId platform, KeyboardRules rules) {
        this.platform = platform;
        this.rules = Optional.of(rules);
    }

    private void validate(Optional<Keyboard> keyboard) {
        keyboard.ifPresent(k -> rules.ifPresent(r -> Validator.validate(k, r).orThrow()));
    }

    /** From now on a send to {@code from} lands in {@code to}, as Telegram's messenger does after a migration. */
    void migrate(long from, long to) {
        migrations.put(from, to);
    }

    @Override
    public PlatformId platform() {
        return platform;
    }

    @Override
    public MessageRef send(long chatId, String text, Optional<Keyboard> keyboard) {
        validate(keyboard);
        long chat = migrations.getOrDefault(chatId, chatId);
        sent.add(new Sent(chat, text, keyboard));
        return MessageRef.of(platform, chat, messageIds.incrementAndGet());
    }

    @Override
    public void edit(MessageRef message, Optional<String> text, KeyboardChange change) {
        validate(change.keyboard());
        edited.add(new Edited("ref", message, text, change));
    }

    @Override
    public void edit(ButtonPress press, Optional<String> text, KeyboardChange change) {
        validate(change.keyboard());
        edited.add(new Edited("press", press, text, change));
    }

    @Override
    public void answer(ButtonPress press, PressAnswer answer) {
        answered.add(new Answered(press, answer));
    }

    @Override
    public void answer(ButtonPress press, PressAnswer answer, java.time.Duration age) {
        answerAges.add(age);
        answer(press, answer);
    }

    @Override
    public void answer(AnswerRequest request, java.time.Duration age) {
        requests.add(request);
        answer(request.press(), request.answer(), age);
    }

    /** The answers sent for {@code pressId}. */
    List<PressAnswer> answersTo(String pressId) {
        return answered.stream().filter(a -> a.press().pressId().equals(pressId)).map(Answered::answer).toList();
    }

    Sent lastSent() {
        return sent.get(sent.size() - 1);
    }
}
