/**
 * Bot state in Redis, shared by several bot instances: one public entry class,
 * {@link dev.switchboard.redis.RedisState}, hands out the payload store, the seen updates and the
 * checkpoints; everything else is package-private.
 *
 * <pre>{@code
 * RedisState redis = RedisState.builder("redis://redis.internal:6379").namespace("shop-bot").build();
 * PayloadStore payloads = redis.payloads();
 * SeenUpdates seen = redis.seenUpdates();
 * CheckpointStore checkpoints = redis.checkpoints();
 * }</pre>
 */
package dev.switchboard.redis;
