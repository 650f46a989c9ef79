package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;

/**
 * The keys of one namespace: {@code <ns>:payload:<token>}, {@code <ns>:seen:<platform>:<id>},
 * {@code <ns>:checkpoint:<source>}, {@code <ns>:claim:<platform>:<press id>},
 * {@code <ns>:presses:<platform>:<message>}, {@code <ns>:buttons:<platform>:<chat id>},
 * {@code <ns>:sent:<platform>:<message>}, {@code <ns>:lease:<name>}, {@code <ns>:lease-token}
 * (and {@code <ns>:lease-token:<name>} of earlier versions, deleted on first use),
 * {@code <ns>:rate:<key>}, {@code <ns>:halt:<key>}, {@code <ns>:taken:<replica>} and
 * {@code <ns>:alive:<replica>}. The last part of each is taken as given, so
 * keys stay distinct whatever characters it holds. No key carries a hash tag: Redis Cluster is not
 * supported, and scripts touch several keys of one namespace (each declared in {@code KEYS}).
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

    String claim(PlatformId platform, String pressId) {
        return namespace + ":claim:" + platform.value() + ":" + pressId;
    }

    String presses(PlatformId platform, String message) {
        return namespace + ":presses:" + platform.value() + ":" + message;
    }

    String buttons(PlatformId platform, long chatId) {
        return namespace + ":buttons:" + platform.value() + ":" + chatId;
    }

    String sent(PlatformId platform, String message) {
        return namespace + ":sent:" + platform.value() + ":" + message;
    }

    String lease(String name) {
        return namespace + ":lease:" + name;
    }

    /** The namespace's one fencing-token counter, shared by every lease name. */
    String leaseTokens() {
        return namespace + ":lease-token";
    }

    /** A name's own token counter as versions before the shared counter kept it; only read and deleted now. */
    String legacyLeaseToken(String name) {
        return namespace + ":lease-token:" + name;
    }

    String rate(String key) {
        return namespace + ":rate:" + key;
    }

    String halt(String key) {
        return namespace + ":halt:" + key;
    }

    String taken(String replica) {
        return namespace + ":taken:" + replica;
    }

    /** The pattern of every replica's taken-updates hash, for SCAN. */
    String takenPattern() {
        return namespace + ":taken:*";
    }

    /** The replica whose taken-updates hash {@code key} is. */
    String replicaOfTaken(String key) {
        return key.substring((namespace + ":taken:").length());
    }

    String alive(String replica) {
        return namespace + ":alive:" + replica;
    }
}
