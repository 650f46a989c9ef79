/**
 * Bot state in Redis, shared by several bot instances: one public entry class,
 * {@link dev.switchboard.redis.RedisState}, a {@code SharedState} that hands out the payload store,
 * the seen updates, the checkpoints, the press claims, the recent presses, the keyboard memory, the
 * leases and the send limits; everything else is package-private.
 *
 * <pre>{@code
 * RedisState redis = RedisState.builder("redis://redis.internal:6379").namespace("shop-bot").build();
 * Bot bot = Bot.builder().platform(telegram).sharedState(redis).build();
 * // or part by part:
 * PayloadStore payloads = redis.payloads();
 * Leases leases = redis.leases();
 * }</pre>
 */
package dev.switchboard.redis;
