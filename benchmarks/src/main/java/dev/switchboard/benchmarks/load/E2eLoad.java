package dev.switchboard.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark: button presses delivered by webhook to a bot that parses each one,
 * routes it by {@code callback_data}, answers it with a toast and edits the message, against a
 * loopback fake Bot API that answers at once ({@link E2eFakeTelegram}). The contenders
 * ({@link E2eSwitchboardBot} by webhook and by long polling, {@link E2eTelegramBotsBot}, {@link E2ePengradBot} and the limit,
 * {@link E2eLimitBot}) each run in a JVM of their own with the same options ({@link ChildJvm}); the
 * fake API and the load generator ({@link E2eDriver}) run in this one. With {@code --vk} the same
 * run on VK: presses as Callback API {@code message_event}s, a fake VK API ({@link E2eFakeVk}), and
 * Switchboard on {@code VkPlatform}, vk-java-sdk ({@link E2eVkSdkBot}) and the limit as contenders.
 *
 * <p>Per contender: the start-up time (from launching its JVM until the fake API has the first
 * press's answer), its RSS and heap after a full GC while idle, a closed-loop warm-up, then
 * saturation (closed loop: presses/s, CPU per press). Then, for every contender, latency at fixed
 * rates (open loop) of 50 % and 90 % of the slowest contender's saturation rate, and RSS and heap
 * after GC once more. Every phase is checked first: every press answered exactly once and edited
 * exactly once, with the route's texts, and no other call; a run where anything fails prints
 * {@code INVALID RUN} and exits with 1.
 *
 * <pre>{@code
 * ./switchboard-bench --e2e [--vk] [--quick]
 * java -cp … dev.switchboard.benchmarks.load.E2eLoad [--vk] [--quick] [--seconds S] [--connections N] [--chats C]
 * }</pre>
 */
public final class E2eLoad {
    private static final int MAX_PRESSES_PER_PHASE = 2_000_000;
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private E2eLoad() {
    }

    /**
     * How long and how hard a run is.
     *
     * @param warmup closed-loop warm-up per contender
     * @param saturation the measured closed loop per contender
     * @param rated each fixed-rate phase per contender
     * @param connections webhook connections (Telegram's default {@code max_connections} is 40)
     * @param chats distinct chats the presses are spread over
     * @param maxPresses the most presses of any one phase
     * @param jfr where each contender JVM writes a profiling flight recording, or null for none
     */
    record Settings(Duration warmup, Duration saturation, Duration rated, int connections, int chats,
            int maxPresses, Path jfr) {
        Settings {
            if (connections < 1 || connections > 256) {
                throw new IllegalArgumentException("connections must be 1–256: " + connections);
            }
            if (chats < 1) {
                throw new IllegalArgumentException("chats must be positive: " + chats);
            }
            if (maxPresses < 1 || maxPresses > MAX_PRESSES_PER_PHASE) {
                throw new IllegalArgumentException("maxPresses must be 1–" + MAX_PRESSES_PER_PHASE + ": " + maxPresses);
            }
        }

        /** The same run, with a profiling flight recording of every contender JVM in {@code directory}. */
        Settings withJfr(Path directory) {
            return new Settings(warmup, saturation, rated, connections, chats, maxPresses, directory);
        }

        /** The JVM options that record a contender {@code name}, or none; creates the directory (the JVM will not). */
        List<String> jfrOptions(String name) {
            if (jfr == null) {
                return List.of();
            }
            try {
                Files.createDirectories(jfr);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the recordings' directory " + jfr, e);
            }
            String file = jfr.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr").toAbsolutePath().toString();
            return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
        }

        /** The default run: 10 s warm-up, 20 s saturation, 15 s per fixed rate, 40 connections, 1,000 chats. */
        static Settings full() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(15), 40, 1_000,
                    MAX_PRESSES_PER_PHASE, null);
        }

        /** The quick run (under 3 minutes): 4 s warm-up, 5 s saturation, 4 s per fixed rate. */
        static Settings quick() {
            return new Settings(Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(4), 40, 1_000,
                    MAX_PRESSES_PER_PHASE, null);
        }
    }

    /**
     * A contender: its row name and the main class serving it.
     *
     * @param name the row's name
     * @param mainClass the class whose {@code main(apiUrl, …)} serves it
     * @param args arguments after the API URL
     * @param peer whether it is a peer library (not Switchboard, not the limit)
     */
    record Contender(String name, String mainClass, List<String> args, boolean peer) {
        /** Whether it fetches presses by long polling instead of taking them by webhook. */
        boolean polling() {
            return args.contains("polling");
        }
    }

    /** A platform a run is on: the fake it runs against. */
    enum Platform {
        /** Telegram: webhooks and the Bot API ({@link E2eFakeTelegram}). */
        TELEGRAM,
        /** VK: the Callback API and the VK API ({@link E2eFakeVk}). */
        VK;

        /** A new fake of this platform, serving on loopback. */
        E2eFakeApi fake() {
            return this == TELEGRAM ? new E2eFakeTelegram() : new E2eFakeVk();
        }
    }

    /** The contenders of a Telegram run, Switchboard first and the limit last. */
    static final List<Contender> TELEGRAM = List.of(
            new Contender("Switchboard Bot, webhook", E2eSwitchboardBot.class.getName(), List.of("webhook"), false),
            new Contender("Switchboard Bot, long polling", E2eSwitchboardBot.class.getName(), List.of("polling"),
                    false),
            new Contender("TelegramBots 10.2.0 (Jackson + OkHttp client)", E2eTelegramBotsBot.class.getName(),
                    List.of(), true),
            new Contender("java-telegram-bot-api 10.1.0", E2ePengradBot.class.getName(), List.of(), true),
            new Contender("limit: no SDK", E2eLimitBot.class.getName(), List.of(), false));

    /** The contenders of a VK run, Switchboard first and the limit last. */
    static final List<Contender> VK = List.of(
            new Contender("Switchboard Bot, VK Callback API", E2eSwitchboardBot.class.getName(), List.of("vk"),
                    false),
            new Contender("vk-java-sdk 1.0.16 (Gson + Apache HttpClient)", E2eVkSdkBot.class.getName(), List.of(),
                    true),
            new Contender("limit: no SDK, VK", E2eLimitBot.class.getName(), List.of("vk"), false));

    /**
     * A process's memory: resident set and heap in use, both after a full GC.
     *
     * @param rssKib resident set size in KiB, or -1 where {@code /proc} does not say
     * @param heapKib heap used in KiB, or -1 where {@code jcmd} does not say
     */
    record Memory(long rssKib, long heapKib) {
        /** {@code "RSS / heap"} in MiB. */
        String mib() {
            return (rssKib < 0 ? "?" : String.format("%.0f", rssKib / 1024.0)) + " / "
                    + (heapKib < 0 ? "?" : String.format("%.1f", heapKib / 1024.0));
        }
    }

    /**
     * One contender's results.
     *
     * @param contender what ran
     * @param startupMillis from launching its JVM to the first press's answer
     * @param idle memory after GC, idle, after the first press
     * @param saturation the measured closed loop
     * @param cpuMicrosPerPress the contender JVM's CPU time per press at saturation
     * @param half the fixed-rate phase at 50 % of the slowest contender's saturation rate
     * @param ninety the fixed-rate phase at 90 %
     * @param loaded memory after GC after the load
     * @param problems what made the contender's phases invalid, empty when none
     */
    record Row(Contender contender, long startupMillis, Memory idle, E2eDriver.Phase saturation,
            double cpuMicrosPerPress, E2eDriver.Phase half, E2eDriver.Phase ninety, Memory loaded,
            List<String> problems) {
    }

    /** Runs the benchmark and prints the report; exits with 1 if the run is invalid. */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.full();
        boolean quick = false;
        Platform platform = Platform.TELEGRAM;
        String only = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    quick = true;
                    settings = Settings.quick();
                }
                case "--seconds" -> {
                    Duration s = Duration.ofSeconds(Integer.parseInt(args[++i]));
                    settings = new Settings(s.dividedBy(2), s, s.multipliedBy(3).dividedBy(4), settings.connections(),
                            settings.chats(), settings.maxPresses(), settings.jfr());
                }
                case "--connections" -> settings = new Settings(settings.warmup(), settings.saturation(),
                        settings.rated(), Integer.parseInt(args[++i]), settings.chats(), settings.maxPresses(), settings.jfr());
                case "--only" -> only = args[++i];
                case "--vk" -> platform = Platform.VK;
                case "--jfr" -> settings = settings.withJfr(Path.of(args[++i]));
                case "--chats" -> settings = new Settings(settings.warmup(), settings.saturation(), settings.rated(),
                        settings.connections(), Integer.parseInt(args[++i]), settings.maxPresses(), settings.jfr());
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]
                        + " (E2eLoad [--vk] [--quick] [--seconds S] [--connections N] [--chats C] [--only NAME] [--jfr DIR])");
            }
        }
        System.out.printf("end-to-end run %s (%s, %s): %s; load average before: %s%n", Instant.now(),
                platform, quick ? "quick" : "full", settings, loadAverage());
        String filter = only.toLowerCase(java.util.Locale.ROOT);
        List<Contender> contenders = (platform == Platform.VK ? VK : TELEGRAM).stream()
                .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(filter)).toList();
        List<Row> rows = run(settings, platform, contenders, System.out::println);
        System.out.println();
        System.out.println(E2eReport.table(rows, settings));
        System.out.println("load average after: " + loadAverage());
        boolean valid = rows.stream().allMatch(row -> row.problems().isEmpty());
        if (!valid) {
            System.out.println("INVALID RUN, do not quote it");
            System.exit(1);
        }
    }

    /** Runs every contender against a fake of {@code platform}; {@code log} hears about each phase. */
    static List<Row> run(Settings settings, Platform platform, List<Contender> contenders,
            java.util.function.Consumer<String> log) throws Exception {
        Map<Contender, Running> running = new LinkedHashMap<>();
        try (E2eFakeApi api = platform.fake()) {
            try {
                for (Contender contender : contenders) {
                    running.put(contender, saturate(contender, api, settings, log));
                }
                double slowest = running.values().stream()
                        .mapToDouble(r -> r.saturation.perSecond()).min().orElse(1);
                List<Row> rows = new ArrayList<>();
                for (Running r : running.values()) {
                    E2eDriver.Phase half = r.driver.open(settings.connections(), 0.5 * slowest, settings.rated(),
                            settings.maxPresses());
                    log.accept(String.format("  %s at %.0f/s: p50 %.2f ms, p99 %.2f ms, %s", r.contender.name(),
                            0.5 * slowest, half.millis(0.5), half.millis(0.99), half.check()));
                    E2eDriver.Phase ninety = r.driver.open(settings.connections(), 0.9 * slowest, settings.rated(),
                            settings.maxPresses());
                    log.accept(String.format("  %s at %.0f/s: p50 %.2f ms, p99 %.2f ms, %s", r.contender.name(),
                            0.9 * slowest, ninety.millis(0.5), ninety.millis(0.99), ninety.check()));
                    Memory loaded = memory(r.jvm);
                    List<String> problems = new ArrayList<>(r.problems);
                    check("at 50 %", half, problems);
                    check("at 90 %", ninety, problems);
                    if (!r.jvm.alive()) {
                        problems.add("its JVM died");
                    }
                    if (!problems.isEmpty()) {
                        problems.add("its last output: " + r.jvm.output());
                    } else if (r.jvm.output().contains("retrying")) {
                        log.accept("  " + r.contender.name() + " retried calls; its last output: " + r.jvm.output());
                    }
                    rows.add(new Row(r.contender, r.startupMillis, r.idle, r.saturation, r.cpuMicros, half, ninety,
                            loaded, problems));
                }
                return rows;
            } finally {
                running.values().forEach(r -> r.jvm.close());
            }
        }
    }

    private record Running(Contender contender, ChildJvm jvm, E2eDriver driver, long startupMillis, Memory idle,
            E2eDriver.Phase saturation, double cpuMicros, List<String> problems) {
    }

    private static Running saturate(Contender contender, E2eFakeApi api, Settings settings,
            java.util.function.Consumer<String> log) throws Exception {
        long launched = System.nanoTime();
        List<String> args = new ArrayList<>();
        args.add(api.base().toString());
        args.addAll(contender.args());
        ChildJvm jvm = ChildJvm.start(contender.name(), contender.mainClass(), args,
                settings.jfrOptions(contender.name()));
        try {
            E2eDriver driver = new E2eDriver(contender.polling() ? null : jvm.url(api.webhookPath()), api,
                    new AtomicInteger(), settings.chats());
            long firstAnswer = driver.one(START_LIMIT);
            long startup = TimeUnit.NANOSECONDS.toMillis(firstAnswer - launched);
            Thread.sleep(500);
            Memory idle = memory(jvm);
            log.accept(String.format("%s: first press answered %d ms after launch; idle RSS / heap after GC %s MiB",
                    contender.name(), startup, idle.mib()));
            List<String> problems = new ArrayList<>();
            E2eDriver.Phase warmup = driver.closed(settings.connections(), settings.warmup(), settings.maxPresses());
            check("warm-up", warmup, problems);
            Duration cpuBefore = jvm.cpu();
            E2eDriver.Phase saturation = driver.closed(settings.connections(), settings.saturation(),
                    settings.maxPresses());
            double cpuMicros = (jvm.cpu().minus(cpuBefore).toNanos() / 1e3) / Math.max(1, saturation.presses());
            check("saturation", saturation, problems);
            log.accept(String.format("  saturation: %d presses, %.0f/s, p50 %.2f ms, p99 %.2f ms, %.0f µs CPU/press,"
                            + " %d redelivered, %s", saturation.presses(), saturation.perSecond(),
                    saturation.millis(0.5), saturation.millis(0.99), cpuMicros, saturation.redeliveries(),
                    saturation.check()));
            return new Running(contender, jvm, driver, startup, idle, saturation, cpuMicros, problems);
        } catch (Exception | Error e) {
            jvm.close();
            throw e;
        }
    }

    private static void check(String phase, E2eDriver.Phase result, List<String> problems) {
        if (!result.check().valid()) {
            problems.add(phase + ": " + result.check());
        }
        if (result.strays() != 0) {
            problems.add(phase + ": " + result.strays() + " API calls about no press of the phase");
        }
    }

    /** RSS from {@code /proc} and used heap from {@code jcmd GC.heap_info}, after {@code jcmd GC.run}. */
    static Memory memory(ChildJvm jvm) throws InterruptedException {
        jcmd(jvm.pid(), "GC.run");
        String heap = jcmd(jvm.pid(), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        long heapKib = used.find() ? Long.parseLong(used.group(1)) : -1;
        long rssKib = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rssKib = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux: unknown
        }
        return new Memory(rssKib, heapKib);
    }

    private static String jcmd(long pid, String command) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            process.waitFor(30, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
