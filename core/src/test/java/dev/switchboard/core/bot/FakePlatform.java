package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link BotPlatform} with a recording messenger and a test-fed source; records what the runtime asks.
 * Its answers take at most 200 characters; Telegram's have no {@code openApp}.
 */
final class FakePlatform implements BotPlatform {
    private final PlatformId id;
    private final Duration deadline;
    private final KeyboardRules rules;
    final RecordingMessenger messenger;
    final FakeSource source;
    /** Every source made, {@link #source} first; a bot makes another after losing a poller lease. */
    final List<FakeSource> sources = new CopyOnWriteArrayList<>();
    final List<UpdateNeeds> needs = new CopyOnWriteArrayList<>();
    /** What {@link #checkAccess()} throws; null for a platform that lets the bot in. */
    volatile RuntimeException refusal;
    /** How often the runtime checked access. */
    final java.util.concurrent.atomic.AtomicInteger accessChecks = new java.util.concurrent.atomic.AtomicInteger();
    final List<SwitchboardListener> listeners = new CopyOnWriteArrayList<>();
    /** What {@link #updateReader()} offers; empty by default, as for a platform without one. */
    volatile Optional<UpdateReader> reader = Optional.empty();

    private FakePlatform(PlatformId id, Duration deadline, Set<ButtonKind> standardKinds) {
        this(id, deadline, standardKinds, 255, EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT), false);
    }

    private FakePlatform(PlatformId id, Duration deadline, Set<ButtonKind> standardKinds, int maxPayload,
                         Set<ButtonKind> payloadSentBy, boolean validating) {
        this.id = id;
        this.deadline = deadline;
        this.source = new FakeSource(id);
        this.rules = KeyboardRules.builder(id)
                .keyboard(KeyboardType.INLINE, Shape.of(5, 6, 10), EnumSet.allOf(ButtonKind.class))
                .keyboard(KeyboardType.STANDARD, Shape.of(5, 10, 40), standardKinds)
                .options(KeyboardType.INLINE, Map.of())
                .options(KeyboardType.STANDARD, Map.of())
                .payload(new PayloadRule(0, maxPayload, PayloadUnit.CHARS, p -> p, payloadSentBy))
                .build();
        this.messenger = validating ? new RecordingMessenger(id, rules) : new RecordingMessenger(id);
    }

    /**
     * Like Telegram, with payloads of at most {@code maxPayload} characters, text buttons sending
     * only their label, and a messenger that validates keyboards as real ones do.
     */
    static FakePlatform telegramLimitedTo(int maxPayload) {
        return new FakePlatform(PlatformId.TELEGRAM, Duration.ofSeconds(8),
                EnumSet.of(ButtonKind.TEXT, ButtonKind.LOCATION, ButtonKind.CONTACT, ButtonKind.APP), maxPayload,
                EnumSet.of(ButtonKind.CALLBACK), true);
    }

    /** Like VK, with payloads of at most {@code maxPayload} characters and a validating messenger. */
    static FakePlatform vkLimitedTo(int maxPayload) {
        return new FakePlatform(PlatformId.VK, Duration.ofSeconds(50), EnumSet.of(ButtonKind.CALLBACK,
                ButtonKind.TEXT, ButtonKind.LINK, ButtonKind.LOCATION, ButtonKind.APP, ButtonKind.PAY), maxPayload,
                EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT), true);
    }

    /** Like Telegram: an 8-second deadline. */
    static FakePlatform telegram() {
        return new FakePlatform(PlatformId.TELEGRAM, Duration.ofSeconds(8),
                EnumSet.of(ButtonKind.TEXT, ButtonKind.LOCATION, ButtonKind.CONTACT, ButtonKind.APP));
    }

    /** Like VK: a 50-second deadline; standard keyboards take callback, text, link, location, app and pay. */
    static FakePlatform vk() {
        return new FakePlatform(PlatformId.VK, Duration.ofSeconds(50), EnumSet.of(ButtonKind.CALLBACK,
                ButtonKind.TEXT, ButtonKind.LINK, ButtonKind.LOCATION, ButtonKind.APP, ButtonKind.PAY));
    }

    @Override
    public PlatformId id() {
        return id;
    }

    @Override
    public Messenger messenger() {
        return messenger;
    }

    @Override
    public KeyboardRules keyboardRules() {
        return rules;
    }

    @Override
    public AnswerRules answerRules() {
        Set<AnswerKind> supported = id.equals(PlatformId.TELEGRAM)
                ? EnumSet.complementOf(EnumSet.of(AnswerKind.OPEN_APP)) : EnumSet.allOf(AnswerKind.class);
        return new AnswerRules(id, supported, Set.of(), 200, List.of());
    }

    @Override
    public void checkAccess() {
        accessChecks.incrementAndGet();
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public UpdateSource updateSource(UpdateNeeds needs) {
        this.needs.add(needs);
        FakeSource made = sources.isEmpty() ? source : new FakeSource(id);
        sources.add(made);
        return made;
    }

    @Override
    public Optional<UpdateReader> updateReader() {
        return reader;
    }

    @Override
    public Duration answerDeadline() {
        return deadline;
    }

    @Override
    public void addListener(SwitchboardListener listener) {
        listeners.add(listener);
    }
}
