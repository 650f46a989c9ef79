package dev.switchboard.redis;

import dev.switchboard.core.spi.StateStoreException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.function.Function;

/**
 * Runs one synchronous command on the shared connection and turns any Redis error or timeout into
 * a {@link StateStoreException} naming the operation and the redacted address.
 */
final class RedisCalls {
    private final RedisCommands<String, String> commands;
    private final RedisAddress address;
    private final String description;

    RedisCalls(RedisCommands<String, String> commands, RedisAddress address, String description) {
        this.commands = commands;
        this.address = address;
        this.description = description;
    }

    <T> T call(String operation, Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(commands);
        } catch (RedisException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs {@code script} in one round trip: EVALSHA, or EVAL when the server does not know the
     * script yet (after a restart or SCRIPT FLUSH), which also loads it for the next call.
     */
    <T> T eval(String operation, RedisScript script, ScriptOutputType type, String[] keys, String... args) {
        return call(operation, c -> {
            try {
                return c.evalsha(script.sha(), type, keys, args);
            } catch (RedisNoScriptException notLoaded) {
                return c.eval(script.source(), type, keys, args);
            }
        });
    }

    StateStoreException failure(String operation, Throwable cause) {
        return failure(address, description, operation, cause);
    }

    /** {@code store} at {@code address} failed doing {@code operation}; the password is nowhere in it. */
    static StateStoreException failure(RedisAddress address, String store, String operation, Throwable cause) {
        return new StateStoreException(store, operation, safe(address, cause));
    }

    /** {@code cause} itself unless its chain quotes the password; then a redacted copy without the chain. */
    private static Throwable safe(RedisAddress address, Throwable cause) {
        if (address.password().isEmpty()) {
            return cause;
        }
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            text.append(t).append('\n');
        }
        if (address.redact(text.toString()).contentEquals(text)) {
            return cause;
        }
        return new RedisClientError(cause.getClass().getName() + ": " + address.redact(cause.getMessage()));
    }

    /** A client error whose message quoted the password, redacted; the original is dropped. */
    static final class RedisClientError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedisClientError(String message) {
            super(message, null, false, false);
        }
    }
}
