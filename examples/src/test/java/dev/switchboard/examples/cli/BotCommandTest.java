package dev.switchboard.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.redis.RedisState;
import dev.switchboard.testkit.LocalRedis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard bot}: which platforms it runs on, its refusals, and stopping. */
@Timeout(30)
class BotCommandTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN = "123456:bot-command-token";

    @TempDir
    Path states;

    @Test
    void withoutAnyTokenEveryPlatformIsSkippedAndTheExitIs2() {
        CliRun run = CliRun.withEnv(Map.of(), "", "bot", "two-buttons");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.errLines()).containsExactly(
                "telegram: TELEGRAM_BOT_TOKEN is not set; skipping",
                "vk: VK_GROUP_TOKEN is not set; skipping",
                "no platform to run on: set TELEGRAM_BOT_TOKEN, or VK_GROUP_TOKEN and VK_GROUP_ID");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownBotIsRefusedWith2BeforeLookingAtTokens() {
        CliRun run = CliRun.withEnv(Map.of(), "", "bot", "three-buttons");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.errLines()).containsExactly(
                "unknown bot 'three-buttons'; choose two-buttons, catalogue, menu, membership");
    }

    @Test
    void aMissingBotNameIsAUsageError() {
        CliRun run = CliRun.withEnv(Map.of(), "", "bot");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("Missing required parameter");
    }

    @Test
    void aVkTokenWithoutTheGroupIdIsRefusedWith2() {
        CliRun run = CliRun.withEnv(Map.of("VK_GROUP_TOKEN", "vk1.a.secret"), "", "bot", "catalogue");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.errLines()).containsExactly(
                "telegram: TELEGRAM_BOT_TOKEN is not set; skipping",
                "vk: VK_GROUP_ID is not set; VK's Bots Long Poll needs the community id");
    }

    @Test
    void aMalformedGroupIdOrApiUrlIsRefusedWith2() {
        CliRun group = CliRun.withEnv(Map.of("VK_GROUP_TOKEN", "vk1.a.secret", "VK_GROUP_ID", "club1"), "",
                "bot", "membership");
        CliRun url = CliRun.withEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "localhost:8081"), "",
                "bot", "membership");

        assertThat(group.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(group.errLines()).last()
                .isEqualTo("vk: VK_GROUP_ID must be the positive community id, got 'club1'");
        assertThat(url.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(url.errLines()).first().asString().startsWith("TELEGRAM_API_URL: expected an absolute http");
        assertThat(url.err()).doesNotContain(TOKEN);
    }

    @Test
    void aRejectedTokenFailsAtStartUpWith3AndOneLineWithoutTheToken() {
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/getMe")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));

        CliRun run = CliRun.withEnv(telegramEnv(wm.baseUrl()), "",
                "bot", "membership");

        assertThat(run.status()).isEqualTo(Cli.API_FAILURE);
        assertThat(run.errLines()).hasSize(2).first().isEqualTo("vk: VK_GROUP_TOKEN is not set; skipping");
        assertThat(run.errLines()).last().asString().startsWith("cannot start: Telegram getMe failed")
                .contains("401").contains("Unauthorized");
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        wm.verify(0, postRequestedFor(urlPathEqualTo("/bot" + TOKEN + "/getUpdates")));
    }

    @Test
    void anUnreachableApiFailsAtStartUpWith3AndOneLine() {
        CliRun run = CliRun.withEnv(telegramEnv("http://127.0.0.1:1"), "",
                "bot", "membership");

        assertThat(run.status()).isEqualTo(Cli.API_FAILURE);
        assertThat(run.errLines()).hasSize(2).last().asString().startsWith("cannot start: Telegram getMe failed: ");
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }

    @Test
    void aSourceThatFailsLaterEndsTheRunWith3AndLogsOneLineWithoutAStackTrace() {
        stubGetMe();
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/getUpdates")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));
        PrintStream realErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        CliRun run;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.withEnv(telegramEnv(wm.baseUrl()), "",
                    "bot", "membership");
        } finally {
            System.setErr(realErr);
        }

        assertThat(run.status()).isEqualTo(Cli.API_FAILURE);
        assertThat(run.errLines()).last().asString().contains("401").contains("Unauthorized");
        List<String> log = logged.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("update source")).toList();
        assertThat(log).singleElement().asString().contains("telegram update source failed: ")
                .contains("401: Unauthorized").endsWith("no update source is left");
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain(TOKEN);
    }

    private static void stubGetMe() {
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/getMe")).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"first_name\":\"Test\",\"username\":\"test_bot\"}}")));
    }

    @Test
    void runsOnTheConfiguredPlatformUntilInterruptedAndThenExits0() throws Exception {
        stubGetMe();
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/getUpdates"))
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(50)));
        Map<String, String> env = telegramEnv(wm.baseUrl());
        AtomicReference<Thread> runner = new AtomicReference<>();
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> {
            runner.set(Thread.currentThread());
            return CliRun.withEnv(env, "", "bot", "two-buttons");
        }, runnable -> new Thread(runnable, "bot-command-test").start());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (wm.findAll(postRequestedFor(urlPathEqualTo("/bot" + TOKEN + "/getUpdates"))).isEmpty()) {
            assertThat(System.nanoTime()).as("polled within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        runner.get().interrupt();
        CliRun done = run.get(20, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(Cli.VALID);
        assertThat(done.errLines()).containsExactly("vk: VK_GROUP_TOKEN is not set; skipping");
        assertThat(done.outLines()).containsExactly("running two-buttons on telegram; Ctrl-C stops it;"
                + " checkpoints in " + states);
    }

    @Test
    void resumesFromTheCheckpointInTheStateDirectoryAndSavesItThere() throws Exception {
        stubGetMe();
        Path dir = states.resolve("given");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("telegram-123456.checkpoint"), "57\n");
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/getUpdates"))
                .willReturn(okJson("{\"ok\":true,\"result\":[{\"update_id\":57,\"poll\":{\"id\":\"1\"}}]}")
                        .withFixedDelay(20)));
        AtomicReference<Thread> runner = new AtomicReference<>();
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> {
            runner.set(Thread.currentThread());
            return CliRun.withEnv(telegramEnv(wm.baseUrl()), "", "bot", "two-buttons", "--state-dir", dir.toString());
        }, runnable -> new Thread(runnable, "bot-command-test").start());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(dir.resolve("telegram-123456.checkpoint"))
                || !Files.readString(dir.resolve("telegram-123456.checkpoint")).equals("58\n")) {
            assertThat(System.nanoTime()).as("checkpoint saved within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        runner.get().interrupt();
        run.get(20, TimeUnit.SECONDS);

        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/bot" + TOKEN + "/getUpdates"))).get(0)
                .getBodyAsString()).contains("\"offset\":57");
    }

    @Test
    void withARedisUrlKeepsTheCheckpointInRedisAndNotInTheStateDirectory() throws Exception {
        stubGetMe();
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/getUpdates"))
                .willReturn(okJson("{\"ok\":true,\"result\":[{\"update_id\":57,\"poll\":{\"id\":\"1\"}}]}")
                        .withFixedDelay(20)));
        try (LocalRedis redis = LocalRedis.start();
             RedisState view = RedisState.builder(redis.uri()).namespace("cli-test").build()) {
            Map<String, String> env = new HashMap<>(telegramEnv(wm.baseUrl()));
            env.put("SWITCHBOARD_REDIS_URL", redis.uri());
            env.put("SWITCHBOARD_REDIS_NAMESPACE", "cli-test");
            AtomicReference<Thread> runner = new AtomicReference<>();
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> {
                runner.set(Thread.currentThread());
                return CliRun.withEnv(env, "", "bot", "two-buttons");
            }, runnable -> new Thread(runnable, "bot-command-test").start());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!view.checkpoints().load("telegram-123456").equals(Optional.of("58"))) {
                assertThat(System.nanoTime()).as("checkpoint saved in Redis within 10 s").isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            runner.get().interrupt();
            CliRun done = run.get(20, TimeUnit.SECONDS);

            assertThat(done.status()).as("%s", done.errLines()).isEqualTo(Cli.VALID);
            assertThat(done.outLines()).containsExactly("running two-buttons on telegram; Ctrl-C stops it; state in "
                    + "RedisState[redis://127.0.0.1:" + redis.port() + ", namespace=cli-test]");
            assertThat(states).isEmptyDirectory();
        }
    }

    @Test
    void aMalformedRedisUrlIsRefusedWith2WithoutItsPassword() {
        Map<String, String> env = new HashMap<>(telegramEnv(wm.baseUrl()));
        env.put("SWITCHBOARD_REDIS_URL", "http://:hunter2secret@redis.internal:6379");

        CliRun run = CliRun.withEnv(env, "", "bot", "two-buttons");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.errLines()).last().asString().startsWith("SWITCHBOARD_REDIS_URL: ")
                .doesNotContain("hunter2secret");
    }

    @Test
    void anUnreachableRedisFailsAtStartUpWith3AndOneLine() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(telegramEnv(wm.baseUrl()));
        env.put("SWITCHBOARD_REDIS_URL", "redis://:hunter2secret@127.0.0.1:" + port);

        CliRun run = CliRun.withEnv(env, "", "bot", "two-buttons");

        assertThat(run.status()).isEqualTo(Cli.API_FAILURE);
        assertThat(run.errLines()).last().asString().startsWith("cannot start: ").contains("127.0.0.1:" + port)
                .doesNotContain("hunter2secret");
    }

    /** Telegram's token and API URL, and a state directory of the test's own. */
    private Map<String, String> telegramEnv(String apiUrl) {
        return Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", apiUrl,
                "SWITCHBOARD_STATE_DIR", states.toString());
    }
}
