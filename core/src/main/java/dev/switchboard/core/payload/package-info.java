/**
 * Button payloads: typed codecs that pack values into short strings and read them back.
 *
 * <pre>{@code
 * record Vote(int poll, boolean yes) {}
 * PayloadCodec<Vote> votes = CallbackData.of("v", Vote.class);
 * String payload = votes.pack(new Vote(7, true));
 * Optional<Vote> vote = votes.unpack(payload);
 * }</pre>
 */
package dev.switchboard.core.payload;
