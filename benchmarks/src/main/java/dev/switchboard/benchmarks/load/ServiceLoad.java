package dev.switchboard.benchmarks.load;

import static java.util.Objects.requireNonNull;

import dev.switchboard.benchmarks.KeyboardSpec;
import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.core.layout.LayoutJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads {@code switchboard serve} on loopback and, side by side in the same run, the same server
 * technology answering a constant: the limit the service is measured against.
 *
 * <p>Two JVMs serve, started alike ({@link ChildJvm}): the real command line, {@code Main serve},
 * answering {@code POST /v1/validate?platform=all&from=layout} for the benchmarks' 2-button vote and
 * 30-button catalogue layouts, and {@link ConstantService}, a {@code WebhookServer} with the
 * same settings that answers every POST with the vote's report as a constant. Before anything is
 * timed, the CLI itself ({@code Main validate --platform all --format json --from layout}) writes
 * each layout's report, and every connection's first answer from the service must equal it byte for
 * byte with status 200; the constant must answer the same bytes. Then each server JVM gets the same
 * warm-up time (the service's split between vote and catalogue, so that the JIT has had as long in
 * each JVM), and the measured time is split into rounds whose order rotates (vote, catalogue,
 * constant; catalogue, constant, vote; …) so that a burst of other work on the machine falls on all targets
 * alike. The client is closed-loop: a fixed number of keep-alive HTTP/1.1 connections, each sending
 * its next request as soon as its answer is in, every answer checked; any failure or mismatch,
 * before or while timing, makes the run invalid, and the table says so.
 *
 * <pre>{@code
 * ./switchboard-bench --service [seconds=6] [connections=16] [raw|jdk]
 * }</pre>
 *
 * {@code seconds} is the measured time per target (after a warm-up per server JVM of half of it, at
 * least 8 s); the default run takes under a minute. Every phase also stops after
 * {@value #MAX_REQUESTS_PER_PHASE} requests.
 */
public final class ServiceLoad {
    /** The path and query every target is posted to. */
    static final String VALIDATE = ConstantService.PATH + "?platform=all&from=layout";
    /** The most requests one phase (one target's warm-up or one round) sends. */
    static final long MAX_REQUESTS_PER_PHASE = 5_000_000;
    private static final int MAX_SECONDS = 600;
    private static final int MAX_CONNECTIONS = 256;
    private static final String CLI = "dev.switchboard.examples.cli.Main";
    private static final Duration CLI_LIMIT = Duration.ofSeconds(60);

    private ServiceLoad() {
    }

    /**
     * How to start a server JVM: its main class and arguments.
     *
     * @param mainClass the class whose {@code main} serves
     * @param args its arguments
     */
    record Launch(String mainClass, List<String> args) {
        Launch {
            requireNonNull(mainClass, "mainClass");
            args = List.copyOf(args);
        }

        /** {@code switchboard serve} on an ephemeral loopback port, exactly as the command line runs it. */
        static Launch serve() {
            return new Launch(CLI, List.of("serve", "--host", "127.0.0.1", "--port", "0"));
        }
    }

    /**
     * One run's settings.
     *
     * @param measured the measured time per target, all rounds together
     * @param rounds how many slices the measured time is split into
     * @param warmup the warm-up per server JVM, split evenly between the targets it serves
     * @param connections the keep-alive connections per target
     * @param client which client makes them
     * @param maxRequestsPerPhase the most requests one warm-up or one round sends
     * @param service how the service JVM is started
     */
    record Settings(Duration measured, int rounds, Duration warmup, int connections, Exchange.Client client,
            long maxRequestsPerPhase, Launch service) {
        Settings {
            requireNonNull(measured, "measured");
            requireNonNull(warmup, "warmup");
            requireNonNull(client, "client");
            requireNonNull(service, "service");
            if (measured.isNegative() || measured.isZero() || measured.toSeconds() > MAX_SECONDS) {
                throw new IllegalArgumentException("measured time must be more than 0 and at most " + MAX_SECONDS
                        + " s: " + measured);
            }
            if (rounds < 1 || connections < 1 || connections > MAX_CONNECTIONS) {
                throw new IllegalArgumentException("rounds must be at least 1 and connections 1 to " + MAX_CONNECTIONS
                        + ": " + rounds + ", " + connections);
            }
            if (maxRequestsPerPhase < 1 || maxRequestsPerPhase > MAX_REQUESTS_PER_PHASE) {
                throw new IllegalArgumentException("maxRequestsPerPhase must be 1 to " + MAX_REQUESTS_PER_PHASE);
            }
        }

        /**
         * The tool's settings for {@code seconds} measured per target: rounds of a second (at least 3), so
         * that a burst of other work on a shared machine falls on every target alike; half of it, at
         * least 8 s, as each server JVM's warm-up (with 2 s the JIT was still compiling: two to three
         * times the server CPU per answer).
         */
        static Settings of(int seconds, int connections, Exchange.Client client) {
            if (seconds < 1 || seconds > MAX_SECONDS) {
                throw new IllegalArgumentException("seconds must be 1 to " + MAX_SECONDS + ": " + seconds);
            }
            Duration measured = Duration.ofSeconds(seconds);
            Duration warmup = Duration.ofMillis(Math.max(8_000, measured.toMillis() / 2));
            return new Settings(measured, Math.max(3, seconds), warmup, connections, client, MAX_REQUESTS_PER_PHASE,
                    Launch.serve());
        }

        private String describe() {
            return String.format(Locale.ROOT, "switchboard serve on loopback: %d keep-alive HTTP/1.1 connections per"
                    + " target (%s client), closed loop; %d rounds, %.1f s measured per target after a %.1f s warm-up"
                    + " per server JVM", connections, client == Exchange.Client.RAW ? "raw socket" : "JDK HttpClient", rounds,
                    measured.toMillis() / 1e3, warmup.toMillis() / 1e3)
                    + (maxRequestsPerPhase < MAX_REQUESTS_PER_PHASE ? "; every phase stops after "
                    + maxRequestsPerPhase + " requests" : "");
        }
    }

    /** Runs the load and prints the table; exits with 1 when the run is invalid. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Exchange.Client client = args.length > 2 ? Exchange.Client.parse(args[2]) : Exchange.Client.RAW;
        ServiceLoadReport report = measure(Settings.of(seconds, connections, client));
        System.out.print(report.table());
        System.out.println(String.format(Locale.ROOT, "%s, OpenJDK %s, %d cores", java.time.LocalDate.now(
                java.time.ZoneOffset.UTC), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        System.exit(report.valid() ? 0 : 1);
    }

    /** The layouts under load, by target name: the JMH workloads' vote and catalogue, in their Telegram (inline) form. */
    static Map<String, byte[]> layouts() {
        Map<String, byte[]> layouts = new LinkedHashMap<>();
        for (String name : List.of("vote", "catalogue")) {
            layouts.put(name, LayoutJson.write(Ours.keyboard(KeyboardSpec.telegram(name)))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return layouts;
    }

    /** Runs one load with {@code settings}. */
    static ServiceLoadReport measure(Settings settings) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("switchboard-service-load");
        try {
            return measure(settings, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static ServiceLoadReport measure(Settings settings, Path dir) throws IOException, InterruptedException {
        Map<String, byte[]> layouts = layouts();
        Map<String, CompletableFuture<byte[]>> pending = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> layout : layouts.entrySet()) {
            Path file = Files.write(dir.resolve(layout.getKey() + ".json"), layout.getValue());
            pending.put(layout.getKey(), CompletableFuture.supplyAsync(() -> cliReport(file)));
        }
        Map<String, byte[]> expected = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Map.Entry<String, CompletableFuture<byte[]>> report : pending.entrySet()) {
            expected.put(report.getKey(), report.getValue().join());
            sizes.put(report.getKey(), expected.get(report.getKey()).length);
        }
        Path constantBody = Files.write(dir.resolve("constant.json"), expected.get("vote"));
        CompletableFuture<ChildJvm> serviceStart = start("service", settings.service());
        CompletableFuture<ChildJvm> constantStart = start(ServiceLoadReport.CONSTANT,
                new Launch(ConstantService.class.getName(), List.of(constantBody.toString())));
        try (ChildJvm service = serviceStart.join(); ChildJvm constant = constantStart.join()) {
            List<Load> loads = List.of(
                    new Load(new ClosedLoop.Target("vote", service.url(VALIDATE), layouts.get("vote"),
                            expected.get("vote")), "POST " + VALIDATE + ", 2-button layout", service),
                    new Load(new ClosedLoop.Target("catalogue", service.url(VALIDATE), layouts.get("catalogue"),
                            expected.get("catalogue")), "POST " + VALIDATE + ", 30-button layout", service),
                    new Load(new ClosedLoop.Target(ServiceLoadReport.CONSTANT, constant.url(VALIDATE),
                            layouts.get("vote"), expected.get("vote")),
                            "the same WebhookServer answering the vote's report as a constant", constant));
            return run(settings, loads, sizes);
        } finally {
            serviceStart.thenAccept(ChildJvm::close);
            constantStart.thenAccept(ChildJvm::close);
        }
    }

    /** One target with its connections and the JVM that serves it. */
    private record Load(ClosedLoop.Target target, String what, ChildJvm server) {
    }

    private static ServiceLoadReport run(Settings settings, List<Load> loads, Map<String, Integer> sizes)
            throws InterruptedException {
        List<String> problems = new ArrayList<>();
        HttpClient shared = settings.client() == Exchange.Client.JDK ? JdkExchange.client() : null;
        ExecutorService pool = Executors.newFixedThreadPool(settings.connections(), runnable -> {
            Thread thread = new Thread(runnable, "service-load");
            thread.setDaemon(true);
            return thread;
        });
        Map<Load, List<Exchange>> connections = new LinkedHashMap<>();
        try {
            for (Load load : loads) {
                List<Exchange> list = new ArrayList<>();
                for (int i = 0; i < settings.connections(); i++) {
                    list.add(settings.client().open(load.target().url(), shared));
                }
                connections.put(load, list);
            }
            // Equivalence first: one request on every connection, each answer compared, before any timing.
            int checks = 0;
            for (Load load : loads) {
                List<String> wrong = new ArrayList<>();
                for (Exchange connection : connections.get(load)) {
                    checks++;
                    check(load.target(), connection).ifPresent(wrong::add);
                }
                if (!wrong.isEmpty()) {
                    problems.add(wrong.size() + " of " + settings.connections() + " connections' first answers wrong; "
                            + wrong.get(0));
                }
            }
            if (!problems.isEmpty()) {
                return new ServiceLoadReport(settings.describe(), sizes, checks, List.of(), problems);
            }
            for (Load load : loads) {
                long sharing = loads.stream().filter(other -> other.server() == load.server()).count();
                ClosedLoop.Phase warm = ClosedLoop.run(load.target(), connections.get(load), pool,
                        settings.warmup().dividedBy(sharing), settings.maxRequestsPerPhase());
                if (warm.failures() > 0) {
                    problems.add("warm-up: " + warm.failures() + " failed; first: " + warm.firstFailure());
                }
            }
            Map<Load, List<Measured>> measured = new LinkedHashMap<>();
            Duration slice = settings.measured().dividedBy(settings.rounds());
            for (int round = 0; round < settings.rounds(); round++) {
                for (int i = 0; i < loads.size(); i++) {
                    Load load = loads.get((round + i) % loads.size());
                    measured.computeIfAbsent(load, key -> new ArrayList<>())
                            .add(timed(load, connections.get(load), pool, slice, settings.maxRequestsPerPhase()));
                }
            }
            List<ServiceLoadReport.Row> rows = new ArrayList<>();
            for (Load load : loads) {
                ServiceLoadReport.Row row = row(load, measured.get(load));
                rows.add(row);
                if (row.failures() > 0) {
                    problems.add(load.target().name() + ": " + row.failures() + " of " + row.requests()
                            + " requests failed or mismatched; first: " + measured.get(load).stream()
                            .map(m -> m.phase().firstFailure()).filter(f -> !f.isEmpty()).findFirst().orElse(""));
                }
            }
            loads.stream().map(Load::server).distinct().filter(server -> !server.alive()).forEach(server ->
                    problems.add(server + " died; its output: " + server.output()));
            return new ServiceLoadReport(settings.describe(), sizes, checks, rows, problems);
        } finally {
            connections.values().forEach(list -> list.forEach(Exchange::close));
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Posts the target's request once on {@code connection}; what is wrong with the answer, if anything. */
    private static Optional<String> check(ClosedLoop.Target target, Exchange connection) {
        try {
            Exchange.Answer answer = connection.post(target.request());
            if (answer.status() == 200 && answer.bodyEquals(target.expected())) {
                return Optional.empty();
            }
            String body = new String(answer.body(), 0, answer.length(), StandardCharsets.UTF_8);
            return Optional.of("equivalence: " + target.name() + " answered status " + answer.status() + " with "
                    + answer.length() + " bytes, expected 200 with the CLI's " + target.expected().length
                    + " bytes; got: " + body.substring(0, Math.min(body.length(), 300)).replaceAll("\\s+", " "));
        } catch (IOException e) {
            return Optional.of("equivalence: " + target.name() + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** A measured phase with the CPU both sides used during it. */
    private record Measured(ClosedLoop.Phase phase, long serverCpuNanos, long clientCpuNanos) {
    }

    private static Measured timed(Load load, List<Exchange> connections, ExecutorService pool, Duration length,
            long maxRequests) throws InterruptedException {
        long server = load.server().cpu().toNanos();
        long client = clientCpuNanos();
        ClosedLoop.Phase phase = ClosedLoop.run(load.target(), connections, pool, length, maxRequests);
        return new Measured(phase, load.server().cpu().toNanos() - server, clientCpuNanos() - client);
    }

    private static ServiceLoadReport.Row row(Load load, List<Measured> phases) {
        long sent = 0;
        long ok = 0;
        long failures = 0;
        long wall = 0;
        long server = 0;
        long client = 0;
        List<long[]> latencies = new ArrayList<>();
        for (Measured measured : phases) {
            ClosedLoop.Phase phase = measured.phase();
            sent += phase.sent();
            ok += phase.ok();
            failures += phase.failures();
            wall += phase.wallNanos();
            server += measured.serverCpuNanos();
            client += measured.clientCpuNanos();
            latencies.add(phase.latencies());
        }
        long[] sorted = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new ServiceLoadReport.Row(load.target().name(), load.what(), sent, ok, failures, wall, sorted, server,
                client);
    }

    private static long clientCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static CompletableFuture<ChildJvm> start(String name, Launch launch) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ChildJvm.start(name, launch.mainClass(), launch.args());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** What {@code switchboard validate --platform all --format json --from layout FILE} prints, byte for byte. */
    private static byte[] cliReport(Path layout) {
        // A one-shot JVM: the C1 compiler alone starts it faster and cannot change what it prints.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CLI, "validate", "--platform", "all", "--format", "json",
                "--from", "layout", layout.toString());
        try {
            Path err = Files.createTempFile(layout.getParent(), "cli", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (!process.waitFor(CLI_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the CLI did not finish validating " + layout + " within "
                        + CLI_LIMIT.toSeconds() + " s");
            }
            int status = process.exitValue();
            if (status != 0 && status != 1) {
                throw new IllegalStateException("the CLI exited with " + status + " on " + layout + ": "
                        + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            return out.join();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
