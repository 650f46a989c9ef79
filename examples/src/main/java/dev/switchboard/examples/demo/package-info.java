/**
 * {@code switchboard demo}: the example bots of {@link dev.switchboard.examples.bots} on the
 * testkit's fake Telegram and VK servers, in this process, with no token. {@link
 * dev.switchboard.examples.demo.ScriptedDemo} has simulated users go through every bot and writes a
 * transcript (keyboards drawn as boxes, each press with its answer and who gave it, the fakes'
 * totals last); {@link dev.switchboard.examples.demo.InteractiveDemo} lets a person press buttons
 * by number. {@link dev.switchboard.examples.demo.Glyphs} picks box drawing or ASCII.
 *
 * <pre>{@code
 * PrintWriter out = new PrintWriter(System.out, true);
 * FakeStats totals = ScriptedDemo.run(List.of(PlatformId.TELEGRAM, PlatformId.VK), out, Glyphs.UNICODE);
 * InteractiveDemo.run("catalogue", PlatformId.TELEGRAM, new BufferedReader(new InputStreamReader(System.in)),
 *         out, Glyphs.forCharset(StandardCharsets.UTF_8));
 * }</pre>
 */
package dev.switchboard.examples.demo;
