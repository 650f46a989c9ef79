package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.testing.Waiting;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.AnsweredPress;
import dev.switchboard.testkit.FakeTelegram;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three replicas of one bot, each a {@link Bot} with a Redis connection of its own, share one Redis
 * and one fake Telegram. One of them polls at a time; the poller is stopped mid-stream and another
 * takes over, then the stopped one comes back. Every update is handled once across the three, every
 * press answered once, and what one replica sent (a stored payload token, a text button) works on
 * another.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MultiReplicaTest {
    private static final int CHATS = 10;
    private static final int UPDATES = 3_000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration PACE = Duration.ofMillis(2);
    private static final String SECRET = "webhook-secret";
    private static final String LONG_PAYLOAD = "reserve:" + "item-0042/".repeat(8);

    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    private final FakeTelegram fake = FakeTelegram.open();
    private final String namespace = RedisServer.freshNamespace();
    private final Map<String, List<String>> handledBy = new ConcurrentHashMap<>();
    private final List<String> handledInOrder = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    /** The numbers of the messages handled in each chat, in the order they were handled. */
    private final Map<Long, List<Integer>> perChat = new ConcurrentHashMap<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        fake.close();
    }

    @Test
    void threeReplicasHandleEveryUpdateOnceAndAnswerEveryPressOnceAcrossAFailover() throws Exception {
        Bot[] replicas = {replica("r1"), replica("r2"), replica("r3")};
        for (Bot replica : replicas) {
            replica.start();
        }
        assertThat(fake.awaitPolling(Duration.ofSeconds(10))).isTrue();
        for (int chat = 0; chat < CHATS; chat++) {
            fake.userSends(chat(chat), "/start");
        }
        Waiting.until(() -> allChatsHaveTheMenu(), WAIT, "every chat got the menu");

        List<String> expectedMessages = new ArrayList<>();
        List<String> expectedPresses = new ArrayList<>();
        Random random = new Random(13);
        long started = System.nanoTime();
        String stoppedPoller = null;
        for (int n = 0; n < UPDATES; n++) {
            if (n == UPDATES / 3) {
                stoppedPoller = lastHandler();
                int index = Integer.parseInt(stoppedPoller.substring(1)) - 1;
                replicas[index].stop();
            } else if (n == 2 * UPDATES / 3) {
                int index = Integer.parseInt(stoppedPoller.substring(1)) - 1;
                replicas[index] = replica(stoppedPoller);
                replicas[index].start();
            }
            long chat = chat(random.nextInt(CHATS));
            if (random.nextInt(10) < 4) {
                expectedPresses.add(fake.pressButton(chat, fake.lastMessage(chat).orElseThrow().messageId(),
                        random.nextBoolean() ? "p:a" : "p:b"));
            } else {
                fake.userSends(chat, "m" + n);
                expectedMessages.add("message " + chat + " m" + n);
            }
            Waiting.pace(started, n, PACE);
        }
        Waiting.until(() -> fake.pendingUpdates().isEmpty()
                && handledBy.size() >= expectedMessages.size() + expectedPresses.size() + CHATS, WAIT,
                "all handed over");
        for (Bot replica : replicas) {
            replica.awaitIdle(Duration.ofSeconds(20));
        }

        long twice = handledBy.values().stream().filter(by -> by.size() > 1).count();
        Map<String, Long> answers = fake.answers().stream()
                .collect(Collectors.groupingBy(AnsweredPress::pressId, Collectors.counting()));
        assertThat(expectedMessages).allSatisfy(key -> assertThat(handledBy).containsKey(key));
        assertThat(expectedPresses).allSatisfy(id -> assertThat(handledBy).containsKey("press " + id));
        assertThat(twice).as("handled twice").isZero();
        assertThat(expectedPresses).allSatisfy(id -> assertThat(answers.get(id)).as("answers to " + id).isEqualTo(1L));
        assertThat(handledBy.values().stream().map(by -> by.get(0)).distinct().count())
                .as("more than one replica handled updates").isGreaterThan(1);
        assertThat(perChat).allSatisfy((chat, numbers) -> assertThat(numbers).as("chat %d in arrival order", chat)
                .isSorted());
        System.out.printf("MULTI-REPLICA: %d updates (%d messages, %d presses), %d replicas, poller %s stopped at %d"
                        + " and restarted at %d: handled twice %d, presses answered once %d of %d; by replica %s%n",
                expectedMessages.size() + expectedPresses.size(), expectedMessages.size(), expectedPresses.size(),
                replicas.length, stoppedPoller, UPDATES / 3, 2 * UPDATES / 3, twice,
                answers.values().stream().filter(count -> count == 1).count(), expectedPresses.size(),
                handledBy.values().stream().collect(Collectors.groupingBy(by -> by.get(0), Collectors.counting())));
        for (Bot replica : replicas) {
            replica.stop();
        }
    }

    @Test
    void threeWebhookReplicasBehindARoundRobinFrontHandleEveryUpdateOnceAndInOrderWhileOneGoesDown() throws Exception {
        List<WebhookServer> servers = new ArrayList<>();
        List<Bot> replicas = new ArrayList<>();
        for (String id : List.of("w1", "w2", "w3")) {
            Bot replica = replica(id);
            replicas.add(replica);
            WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .route("/telegram", webhookPlatform().webhook(SECRET,
                            replica.webhookSinkHandlingFirst(Duration.ofSeconds(5)))).build();
            server.start();
            open.add(server);
            servers.add(server);
        }
        RoundRobinFront front = new RoundRobinFront(servers.stream()
                .map(server -> URI.create("http://127.0.0.1:" + server.address().getPort() + "/telegram")).toList());
        WebhookServer balancer = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/telegram", front).build();
        balancer.start();
        open.add(balancer);
        webhookPlatform().setWebhook(URI.create("http://127.0.0.1:" + balancer.address().getPort() + "/telegram"),
                SECRET, List.of("message", "callback_query"), false);
        for (int chat = 0; chat < CHATS; chat++) {
            fake.userSends(chat(chat), "/start");
        }
        Waiting.until(this::allChatsHaveTheMenu, WAIT, "every chat got the menu");

        List<String> expected = new ArrayList<>();
        Random random = new Random(29);
        // The fake pushes one update at a time and, with the replicas answering after handling, waits for each
        // handler: fewer updates than by polling, so the last presses still reach a handler inside their window.
        int webhookUpdates = 300;
        long started = System.nanoTime();
        for (int n = 0; n < webhookUpdates; n++) {
            Waiting.pace(started, n, PACE);
            if (n == webhookUpdates / 2) {
                servers.get(0).close(); // w1's server goes away: the front's requests to it fail, the fake retries
            }
            long chat = chat(random.nextInt(CHATS));
            if (random.nextInt(10) < 4) {
                expected.add("press " + fake.pressButton(chat, fake.lastMessage(chat).orElseThrow().messageId(),
                        random.nextBoolean() ? "p:a" : "p:b"));
            } else {
                fake.userSends(chat, "m" + n);
                expected.add("message " + chat + " m" + n);
            }
        }
        // A handler records that it ran before it answers: wait for the answers too, not only the records.
        Waiting.until(() -> fake.pendingUpdates().isEmpty() && handledBy.keySet().containsAll(expected)
                && fake.answers().stream().map(answer -> "press " + answer.pressId()).collect(Collectors.toSet())
                        .containsAll(expected.stream().filter(key -> key.startsWith("press ")).toList()), WAIT,
                "all handled and answered");
        for (Bot replica : replicas) {
            replica.awaitIdle(Duration.ofSeconds(20));
        }

        Map<String, Long> answers = fake.answers().stream()
                .collect(Collectors.groupingBy(AnsweredPress::pressId, Collectors.counting()));
        long twice = handledBy.values().stream().filter(by -> by.size() > 1).count();
        List<String> presses = expected.stream().filter(key -> key.startsWith("press ")).toList();
        System.out.printf("WEBHOOK REPLICAS: %d updates (%d presses) round-robin over 3 replicas, w1 down from %d:"
                        + " handled twice %d, presses answered once %d of %d; by replica %s; front %s%n",
                expected.size(), presses.size(), webhookUpdates / 2, twice,
                presses.stream().filter(key -> answers.get(key.substring(6)) == 1L).count(), presses.size(),
                handledBy.values().stream().collect(Collectors.groupingBy(by -> by.get(0), Collectors.counting())),
                front);
        assertThat(twice).isZero();
        assertThat(presses).allSatisfy(key -> assertThat(answers.get(key.substring(6))).isEqualTo(1L));
        assertThat(handledBy.values().stream().map(by -> by.get(0)).distinct().count()).isEqualTo(3);
        assertThat(perChat).allSatisfy((chat, numbers) -> assertThat(numbers).as("chat %d in arrival order", chat)
                .isSorted());
        for (Bot replica : replicas) {
            replica.stop();
        }
    }

    @Test
    void aPayloadTokenAndATextButtonSentByOneReplicaWorkOnAnother() throws Exception {
        Bot first = replica("r1");
        first.start();
        assertThat(fake.awaitPolling(Duration.ofSeconds(10))).isTrue();
        fake.userSends(chat(0), "/start");
        Waiting.until(() -> fake.lastMessage(chat(0)).flatMap(m -> m.markup()).isPresent(), WAIT, "menu sent");
        fake.userSends(chat(0), "/drinks");
        Waiting.until(() -> fake.messages(chat(0)).size() == 2, WAIT, "drinks keyboard sent");
        JsonNode menu = fake.messages(chat(0)).get(0).markup().orElseThrow();
        String token = menu.at("/inline_keyboard/1/0/callback_data").asText();
        assertThat(token).startsWith("~s:");
        first.stop();

        Bot second = replica("r2");
        second.start();
        String pressId = fake.pressButton(chat(0), fake.messages(chat(0)).get(0).messageId(), token);
        fake.userSends(chat(0), "Tea");
        Waiting.until(() -> handledBy.containsKey("press " + pressId) && handledBy.containsKey("text tea"), WAIT,
                "the second replica handled both");
        second.stop();

        assertThat(handledBy.get("press " + pressId)).containsExactly("r2");
        assertThat(handledBy.get("long " + LONG_PAYLOAD)).containsExactly("r2");
        assertThat(handledBy.get("text tea")).containsExactly("r2");
    }

    /** A platform for webhook work (setting the webhook, a replica's webhook handler). */
    private TelegramPlatform webhookPlatform() {
        return TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).rateLimits(false).build();
    }

    /** A replica: its own Redis connection, its own Telegram platform, the same namespace. */
    private Bot replica(String id) {
        RedisState state = redis.state(namespace);
        TelegramPlatform telegram = TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).rateLimits(false)
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
        Keyboard menu = Keyboard.inline().row(Button.callback("A", "p:a"), Button.callback("B", "p:b"))
                .row(Button.callback("Reserve", LONG_PAYLOAD)).build();
        return Bot.builder().platform(telegram).sharedState(state).replicaId(id)
                .pollerLease(Duration.ofSeconds(1)).duplicateWindow(Duration.ZERO)
                .onCommand("start", (message, ctx) -> {
                    record("start " + message.chatId(), id);
                    ctx.reply("Pick one", menu);
                })
                .onCommand("drinks", (message, ctx) -> ctx.reply("Drinks",
                        Keyboard.standard().row(Button.text("Tea", "drink:tea")).build()))
                .onMessage(message -> message.text().startsWith("m"), (message, ctx) -> {
                    record("message " + message.chatId() + " " + message.text(), id);
                    perChat.computeIfAbsent(message.chatId(), chat -> new CopyOnWriteArrayList<>())
                            .add(Integer.parseInt(message.text().substring(1)));
                })
                .onPressPrefix("p", (press, ctx) -> {
                    record("press " + press.pressId(), id);
                    ctx.answer(PressAnswer.toast("got " + press.payload().orElse("")));
                })
                .onPressPrefix("reserve", (press, ctx) -> {
                    record("press " + press.pressId(), id);
                    record("long " + press.payload().orElseThrow(), id);
                    ctx.answer(PressAnswer.toast("reserved"));
                })
                .onPress("drink:tea", (press, ctx) -> record("text tea", id))
                .build();
    }

    private void record(String key, String replica) {
        handledBy.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(replica);
        handledInOrder.add(key);
    }

    /** The replica that handled the newest update: the poller. */
    private String lastHandler() {
        String last = handledInOrder.get(handledInOrder.size() - 1);
        List<String> by = handledBy.get(last);
        return by.get(by.size() - 1);
    }

    private boolean allChatsHaveTheMenu() {
        return IntStream.range(0, CHATS)
                .allMatch(chat -> fake.lastMessage(chat(chat)).flatMap(m -> m.markup()).isPresent());
    }

    private static long chat(int index) {
        return 2_001 + index;
    }
}
