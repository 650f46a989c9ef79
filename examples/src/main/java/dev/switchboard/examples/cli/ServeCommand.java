package dev.switchboard.examples.cli;

import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.core.transport.WebhookServerException;
import dev.switchboard.examples.serve.ValidationService;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code switchboard serve [--port 8080] [--host 127.0.0.1] [limits]}: the validation API over HTTP
 * ({@link ValidationService}, on the embedded webhook server) until interrupted. It prints one line,
 * {@code listening on http://HOST:PORT/}, once it accepts requests. Exit status: 0 when stopped
 * (the running thread interrupted; after Ctrl-C the JVM exits with 130 from the signal once the
 * server has stopped), 2 usage error or the address cannot be listened on.
 */
@Command(name = "serve", sortOptions = false,
        description = "Serves the validation API over HTTP (validate, render, batch, preview, the OpenAPI document,"
                + " the layout JSON Schema and the playground) until interrupted (Ctrl-C). See docs/service.md.",
        footer = {"", "Durations are written 500ms, 10s or 2m.",
            "Exit status: 130 after Ctrl-C (the server stopped first); 0 stopped otherwise; 2 usage error or the"
                + " address cannot be listened on; " + Cli.INTERNAL_ERROR_HELP})
final class ServeCommand implements Callable<Integer> {
    private final Platforms platforms;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "" + ValidationService.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ValidationService.DEFAULT_HOST,
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--threads", defaultValue = "" + WebhookServer.DEFAULT_THREADS,
            description = "Threads answering requests; slow clients hold none while sending (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-body-bytes", defaultValue = "" + WebhookServer.DEFAULT_MAX_BODY_BYTES,
            description = "Largest body of validate, render and preview; larger gets 413 (default: ${DEFAULT-VALUE})."
                    + " A batch has no total limit, only 1 MiB per line.")
    int maxBodyBytes;

    @Option(names = "--max-connections", defaultValue = "" + WebhookServer.DEFAULT_MAX_CONNECTIONS,
            description = "Most connections open at once; more wait to be accepted (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--header-timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "Time a request's headers may take from their first byte (default: ${DEFAULT-VALUE}).")
    Duration headerTimeout;

    @Option(names = "--body-timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "Time a request's body may take after its headers, a whole batch included"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration bodyTimeout;

    @Option(names = "--idle-timeout", defaultValue = "30s", converter = DurationConverter.class,
            description = "Time a connection may stay silent before it is closed (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    ServeCommand(Platforms platforms) {
        this.platforms = platforms;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WebhookServer server;
        try {
            server = builder().build();
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return Cli.UNUSABLE;
        } catch (WebhookServerException e) {
            err.println("serve: " + e.getMessage());
            return Cli.UNUSABLE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "switchboard-serve-shutdown");
        try (server) {
            server.start();
            Runtime.getRuntime().addShutdownHook(hook);
            InetSocketAddress address = server.address();
            String shown = address.getAddress().getHostAddress();
            spec.commandLine().getOut().println("listening on http://" + (shown.contains(":") ? "[" + shown + "]"
                    : shown) + ":" + address.getPort() + "/ ; Ctrl-C stops it");
            spec.commandLine().getOut().flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (WebhookServerException e) {
            err.println("serve: " + e.getMessage());
            return Cli.UNUSABLE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException shuttingDown) {
                // the hook is running (Ctrl-C), or was never added
            }
        }
        return Cli.VALID;
    }

    /** A server builder with every option applied; options out of range throw IllegalArgumentException. */
    WebhookServer.Builder builder() {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
        }
        WebhookServer.Builder builder = WebhookServer.builder(new InetSocketAddress(host, port))
                .threads(threads)
                .maxBodyBytes(maxBodyBytes)
                .maxConnections(maxConnections)
                .headerReadTimeout(headerTimeout)
                .bodyReadTimeout(bodyTimeout)
                .idleTimeout(idleTimeout);
        return ValidationService.install(builder, new ServiceChecks(platforms));
    }

    /** {@code 500ms}, {@code 10s} or {@code 2m}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");

        @Override
        public Duration convert(String value) {
            Matcher matcher = DURATION.matcher(value);
            if (!matcher.matches()) {
                throw new TypeConversionException("'" + value + "' is not a duration like 500ms, 10s or 2m");
            }
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
    }
}
