/**
 * Button payloads: typed codecs that pack values into short strings and read them back, a store
 * that swaps payloads too long for a platform for short tokens, and a signer that makes payloads
 * unforgeable.
 *
 * <pre>{@code
 * record Vote(int poll, boolean yes) {}
 * CallbackData<Vote> votes = CallbackData.of("vote", Vote.class)
 *         .limitedTo(TelegramPlatform.rules(), VkPlatform.rules());
 * String payload = votes.pack(new Vote(7, true));   // "vote:7:y"
 * Optional<Vote> vote = votes.unpack(payload);       // empty for any other codec's payload
 * }</pre>
 */
package dev.switchboard.core.payload;
