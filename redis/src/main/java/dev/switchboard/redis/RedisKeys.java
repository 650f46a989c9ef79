package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;

/**
 * The keys of one namespace: {@code <ns>:payload:<token>}, {@code <ns>:seen:<platform>:<id>},
 * {@code <ns>:checkpoint:<source>}.
 *
 * @param namespace 1–50 of {@code A-Z a-z 0-9 . _ -}
 */
record RedisKeys(String namespace) {
    RedisKeys {
        checkNotNull(namespace, "namespace");
        checkArgument(namespace.matches("[A-Za-z0-9._-]{1,50}"),
                "a namespace must be 1 to 50 of A-Z a-z 0-9 . _ -: %s", namespace);
    }

    String payload(String token) {
        return namespace + ":payload:" + token;
    }

    String seen(PlatformId platform, String updateId) {
        return namespace + ":seen:" + platform.value() + ":" + updateId;
    }

    String checkpoint(String source) {
        return namespace + ":checkpoint:" + source;
    }
}
