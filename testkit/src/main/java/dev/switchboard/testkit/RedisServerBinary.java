package dev.switchboard.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the redis-server {@link LocalRedis} runs: one on the PATH if it is 6.2 or newer, else the
 * Linux x86-64 build shipped in the {@code com.github.codemonstur:embedded-redis} jar, copied once
 * per JVM to an executable temporary file.
 */
final class RedisServerBinary {
    /** The resource in the embedded-redis jar. */
    static final String BUNDLED = "redis-server-6.2.6-v5-linux-amd64";
    private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.(\\d+)");
    private static Path extracted;

    private RedisServerBinary() {
    }

    /** The redis-server to run; throws IllegalStateException when there is none usable. */
    static synchronized Path find() {
        Optional<Path> onPath = onPath();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        if (extracted == null) {
            extracted = extractBundled();
        }
        return extracted;
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, "redis-server");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate) && isAtLeast62(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code redis-server --version} says 6.2 or newer. */
    static boolean isAtLeast62(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            Matcher version = VERSION.matcher(output);
            if (!version.find()) {
                return false;
            }
            int major = Integer.parseInt(version.group(1));
            int minor = Integer.parseInt(version.group(2));
            return major > 6 || major == 6 && minor >= 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path extractBundled() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("no redis-server 6.2+ on the PATH, and the bundled " + BUNDLED
                    + " does not run on " + os + "/" + arch + ": install Redis 6.2 or newer");
        }
        try (InputStream in = RedisServerBinary.class.getResourceAsStream("/" + BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("no redis-server 6.2+ on the PATH, and " + BUNDLED
                        + " is not on the class path (com.github.codemonstur:embedded-redis)");
            }
            Path binary = Files.createTempFile("switchboard-" + BUNDLED + "-", "");
            binary.toFile().deleteOnExit();
            Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
            if (!binary.toFile().setExecutable(true, true)) {
                throw new IllegalStateException("could not make " + binary + " executable");
            }
            return binary;
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract " + BUNDLED, e);
        }
    }
}
