package dev.switchboard.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.examples.bots.CatalogueBot;
import dev.switchboard.redis.RedisState;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeStats;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.FakeVk;
import dev.switchboard.testkit.LocalRedis;
import dev.switchboard.vk.VkPlatform;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code switchboard demo --replicas N}: the catalogue bot as N replicas in this process, each a
 * {@link Bot} with its own {@link RedisState} connection and its own platform adapters, sharing
 * one real redis-server on loopback ({@link LocalRedis}) and the testkit's fake servers. Scripted
 * users browse; midway the replica that polls stops ({@link Bot#stop()}) and another takes over.
 * The transcript says which replica answered each press, every lease taken, stood by for or given
 * up (as the replicas' lease calls happened), and that a payload token stored by the stopped
 * replica resolved on another; it ends with each replica's counts and the fakes' totals.
 *
 * <pre>{@code
 * FakeStats totals = ReplicasDemo.run(3, List.of(PlatformId.TELEGRAM, PlatformId.VK), out, Glyphs.UNICODE);
 * }</pre>
 */
public final class ReplicasDemo {
    /** The fewest replicas the demo runs. */
    public static final int MIN_REPLICAS = 2;
    /** The most replicas the demo runs. */
    public static final int MAX_REPLICAS = 5;

    private static final int ITEM = 14;
    private static final String NAMESPACE = "demo";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<PlatformId> platforms;
    private final Transcript transcript;
    private final FakePlatforms fakes;
    private final LocalRedis redis;
    private final ReplicaWatch watch = new ReplicaWatch();
    private final RuntimeEvents events = new RuntimeEvents();
    private final RecordingPayloadStore store = new RecordingPayloadStore();
    private final List<Replica> replicas = new ArrayList<>();
    private final Map<PlatformId, Conversation> chats = new HashMap<>();
    private final Set<String> leaseNames = new LinkedHashSet<>();
    private PlatformId current;
    private final DemoChecks checks = new DemoChecks(() -> current);
    private String lastAnswerer = "";

    /** One replica: its id, its own Redis connection, its bot, and whether it still runs. */
    private static final class Replica {
        final String id;
        final RedisState state;
        final Bot bot;
        boolean running;

        Replica(String id, RedisState state, Bot bot) {
            this.id = id;
            this.state = state;
            this.bot = bot;
        }
    }

    private ReplicasDemo(List<PlatformId> platforms, Transcript transcript, FakePlatforms fakes, LocalRedis redis) {
        this.platforms = platforms;
        this.transcript = transcript;
        this.fakes = fakes;
        this.redis = redis;
        this.current = platforms.get(0);
    }

    /**
     * Runs the demo with {@code count} replicas on {@code platforms} (Telegram, VK or both, in that
     * order) and returns the fakes' totals, which the transcript's last line shows.
     *
     * @throws IllegalArgumentException if {@code count} is not {@value #MIN_REPLICAS} to {@value #MAX_REPLICAS}
     * @throws DemoFailedException if a step did not go as scripted, or no redis-server could be started
     */
    public static FakeStats run(int count, List<PlatformId> platforms, PrintWriter out, Glyphs glyphs) {
        checkArgument(count >= MIN_REPLICAS && count <= MAX_REPLICAS, "count must be %s to %s: %s", MIN_REPLICAS,
                MAX_REPLICAS, count);
        Transcript transcript = new Transcript(out, glyphs);
        LocalRedis redis;
        try {
            redis = LocalRedis.start();
        } catch (RuntimeException e) {
            throw new DemoFailedException("could not start a redis-server on loopback: " + e.getMessage(), e);
        }
        try (redis; FakePlatforms fakes = Fakes.of(platforms)) {
            fakes.start();
            ReplicasDemo demo = new ReplicasDemo(platforms, transcript, fakes, redis);
            try {
                return demo.run(count);
            } catch (DemoFailedException e) {
                throw e;
            } catch (RuntimeException | AssertionError e) {
                throw new DemoFailedException(demo.current.displayName() + ": " + e.getMessage(), e);
            } finally {
                demo.stopAll();
            }
        } finally {
            transcript.flush();
        }
    }

    private FakeStats run(int count) {
        transcript.line("Switchboard demo: the catalogue bot as " + count + " replicas in this process, on fake "
                + DemoBots.names(platforms) + " servers (no token, no network).");
        transcript.line("Their shared state: a real redis-server on loopback at 127.0.0.1:" + redis.port()
                + ", started for this demo; each replica has its own connection (namespace \"" + NAMESPACE + "\").");
        transcript.scene("1. The replicas start, replica-1 first; one of them polls each platform, holding its "
                + "lease (" + DemoBots.REPLICA_LEASE.toSeconds() + " s, renewed)");
        for (int n = 1; n <= count; n++) {
            replicas.add(replica("replica-" + n));
        }
        start(replicas.get(0));
        awaitTrue(() -> watch.holders().size() == platforms.size(), "replica-1 did not take the poller leases");
        replicas.stream().skip(1).forEach(this::start);
        awaitTrue(() -> watch.standingBy() == (count - 1) * platforms.size(), "the other replicas did not stand by");
        showLeaseEvents(false);

        transcript.scene("2. Users browse; the replica that polls a platform handles its presses");
        for (PlatformId platform : platforms) {
            scene(platform, this::browse);
        }

        Replica poller = replicas.stream().filter(r -> r.id.equals(lastAnswerer)).findFirst()
                .orElseThrow(() -> new DemoFailedException("no replica answered the last press"));
        checks.check(watch.holders().containsValue(poller.id), "before the failover",
                () -> poller.id + " answered the last press but holds no poller lease");
        transcript.scene("3. " + poller.id + " stops (Bot.stop(): it lets its handlers finish, saves its "
                + "checkpoints and gives its leases up)");
        poller.bot.stop();
        poller.running = false;
        awaitTrue(() -> leaseNames.stream().allMatch(name -> isRunning(watch.holders().get(name))),
                "no running replica took over the leases " + poller.id + " gave up");
        showLeaseEvents(true);

        transcript.scene("4. The users go on; the replicas left serve them");
        for (PlatformId platform : platforms) {
            scene(platform, chat -> goOn(chat, platform, poller.id));
        }

        transcript.scene("Replicas:");
        for (Replica replica : replicas) {
            transcript.line("  " + replica.id + ": took " + count(watch.updatesTaken(replica.id), "update")
                    + ", answered " + count(watch.pressesAnswered(replica.id), "press")
                    + (replica == poller ? "; stopped midway" : watch.updatesTaken(replica.id) == 0
                    ? "; stood by throughout" : ""));
        }
        FakeStats totals = fakes.stats();
        transcript.scene(Totals.line(totals));
        if (totals.answersRefused() != 0 || !totals.allPressesAnsweredInTime() || totals.sendsRefused() != 0) {
            throw new DemoFailedException((totals.pressesMade() - totals.pressesAnsweredInTime())
                    + " press(es) not answered in time, " + totals.answersRefused() + " answer(s) refused, "
                    + totals.sendsRefused() + " send(s) refused");
        }
        return totals;
    }

    /** Before the failover: {@code /start}, the next page, an item (whose Reserve payload is long). */
    private void browse(Conversation chat) {
        FakeUser user = chat.user();
        PlatformId platform = user.platform();
        chat.sends("/start");
        checks.expectText(chat, CatalogueBot.pageText(platform, 1), "/start");
        chat.presses("›");
        checks.expectText(chat, CatalogueBot.pageText(platform, 2), "pressing ›");
        chat.presses("Item " + ITEM);
        checks.expectText(chat, CatalogueBot.itemText(ITEM), "pressing Item " + ITEM);
        String reserve = ((CallbackButton) user.lastKeyboard().orElseThrow().rows().get(0).get(0)).payload();
        if (store.isToken(reserve)) {
            return;
        }
        checks.check(!platform.equals(PlatformId.TELEGRAM), "pressing Item " + ITEM,
                () -> "the Reserve payload was not stored, though it is over Telegram's 64 bytes");
        PayloadRule rule = Fakes.payloadRule(fakes, platform);
        transcript.note("[Reserve] went out as it is: its payload is " + rule.sizeOf(reserve) + " "
                + rule.unit().word() + ", within " + platform.displayName() + "'s " + rule.maxSize());
    }

    /** After the failover: Reserve (a token stored before it), Check stock past the deadline, back. */
    private void goOn(Conversation chat, PlatformId platform, String stopped) {
        FakeUser user = chat.user();
        chat.presses("Reserve");
        checks.expectAnswer(user, PressAnswer.toast("Reserved: " + CatalogueBot.slug(ITEM)), "pressing Reserve");
        if (platform.equals(PlatformId.TELEGRAM)) {
            RecordingPayloadStore.Resolved resolved = store.lastResolvedOnAReplica().orElseThrow(
                    () -> new DemoFailedException("Telegram, pressing Reserve: no replica resolved its token"));
            checks.check(resolved.mintedBy().equals(stopped) && !resolved.by().equals(stopped), "pressing Reserve",
                    () -> "expected the token stored by " + stopped + " to resolve on another replica, it was stored"
                            + " by " + resolved.mintedBy() + " and resolved on " + resolved.by());
            transcript.ok("after the failover, the token " + stopped + " stored resolved on " + resolved.by()
                    + ": the payload store is in Redis");
        }
        chat.presses("Check stock");
        checks.expectAnswer(user, PressAnswer.none(), "pressing Check stock");
        checks.expectText(chat, CatalogueBot.itemText(ITEM) + "\n" + CatalogueBot.stockText(ITEM), "checking stock");
        chat.presses("« Back");
        checks.expectText(chat, CatalogueBot.pageText(platform, 2), "going back");
    }

    private void scene(PlatformId platform, Consumer<Conversation> scene) {
        current = platform;
        transcript.section(platform.displayName());
        Conversation chat = chats.computeIfAbsent(platform, p -> new Conversation(
                Fakes.user(fakes, p, p.equals(PlatformId.TELEGRAM) ? "Oleg" : "Petya"), transcript, events,
                Optional.of(store), Fakes.payloadRule(fakes, p), new Conversation.Replicas() {
                    @Override
                    public void settle() {
                        settleReplicas();
                    }

                    @Override
                    public String where(String who) {
                        return onReplica(who);
                    }
                }));
        scene.accept(chat);
        transcript.flush();
    }

    private Replica replica(String id) {
        RedisState state = RedisState.builder(redis.uri()).namespace(NAMESPACE).build();
        try {
            Bot bot = DemoBots.catalogueReplica(id, botPlatforms(), state, watch, events, store);
            return new Replica(id, state, bot);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
    }

    /** This replica's own adapters, pointed at the fakes. */
    private List<BotPlatform> botPlatforms() {
        List<BotPlatform> list = new ArrayList<>();
        for (PlatformId platform : platforms) {
            list.add(platform.equals(PlatformId.TELEGRAM)
                    ? TelegramPlatform.builder(FakePlatforms.TELEGRAM_TOKEN).apiUrl(fakes.telegram().apiUrl())
                            .rateLimits(false).build()
                    : VkPlatform.builder(FakePlatforms.VK_TOKEN).groupId(FakeVk.GROUP_ID).apiUrl(fakes.vk().apiUrl())
                            .rateLimits(false).build());
        }
        return list;
    }

    private void start(Replica replica) {
        replica.bot.start();
        replica.running = true;
    }

    /** Stops the replicas, those standing by first, so no lease changes hands on the way out. */
    private void stopAll() {
        Map<String, String> holders = watch.holders();
        List<Replica> order = new ArrayList<>(replicas);
        order.sort(Comparator.comparing(replica -> holders.containsValue(replica.id)));
        for (Replica replica : order) {
            try {
                if (replica.running) {
                    replica.running = false;
                    replica.bot.stop();
                }
            } finally {
                replica.state.close();
            }
        }
    }

    private boolean isRunning(String id) {
        return id != null && replicas.stream().anyMatch(r -> r.id.equals(id) && r.running);
    }

    /** One line per lease event since the last call. */
    private void showLeaseEvents(boolean afterStop) {
        for (ReplicaWatch.LeaseEvent event : watch.takeLeaseEvents()) {
            leaseNames.add(event.name());
            String platform = platformOf(event.name());
            transcript.note(switch (event.kind()) {
                case TOOK -> afterStop
                        ? event.replica() + " takes over polling " + platform + ": it took the lease " + event.name()
                                + " (fencing token " + event.token() + ")"
                        : event.replica() + " polls " + platform + ": it holds the lease " + event.name()
                                + " (fencing token " + event.token() + ")";
                case STANDS_BY -> event.replica() + " stands by for " + platform + ": another replica holds "
                        + event.name();
                case GAVE_UP -> event.replica() + " gives the lease " + event.name() + " up (fencing token "
                        + event.token() + ")";
                case LOST -> event.replica() + " lost the lease " + event.name() + ": another replica took it over";
            });
        }
    }

    private static String platformOf(String leaseName) {
        return leaseName.startsWith("telegram") ? PlatformId.TELEGRAM.displayName()
                : leaseName.startsWith("vk") ? PlatformId.VK.displayName() : leaseName;
    }

    private void settleReplicas() {
        for (Replica replica : replicas) {
            if (!replica.running) {
                continue;
            }
            try {
                checks.check(replica.bot.awaitIdle(WAIT), "waiting for the replicas",
                        () -> replica.id + " was not idle within " + WAIT.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailedException("interrupted while waiting for " + replica.id, e);
            }
        }
    }

    /** {@code the handler on replica-2}, {@code the runtime on replica-2 at the deadline, …}. */
    private String onReplica(String who) {
        List<String> claims = watch.takeClaims();
        if (claims.isEmpty()) {
            return who;
        }
        lastAnswerer = claims.get(claims.size() - 1);
        String runtime = "the runtime";
        return who.startsWith(runtime) ? runtime + " on " + lastAnswerer + who.substring(runtime.length())
                : who + " on " + lastAnswerer;
    }

    private void awaitTrue(Supplier<Boolean> condition, String otherwise) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new DemoFailedException(otherwise + " within " + WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailedException("interrupted: " + otherwise, e);
            }
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }
}
