/**
 * Test helpers shared by core's and the adapters' tests through core's test-jar; not API.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TokenLeakCheck LEAKS = new TokenLeakCheck();
 * private final RecordingListener listener = new RecordingListener();
 * // ... run the client with TokenLeakCheck.TOKEN and listener, then:
 * assertThat(listener.events).containsExactly("retrying getUpdates after attempt 1");
 * }</pre>
 */
package dev.switchboard.core.testing;
