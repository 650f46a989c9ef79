package dev.switchboard.benchmarks;

import dev.switchboard.benchmarks.contenders.Baselines;
import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.benchmarks.contenders.VkSdkPeer;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 2: parse one VK envelope, {@code message_new} with {@code client_info} and a payload,
 * or {@code message_event}. vk-java-sdk reads {@code message_new} into its {@code MessageNew};
 * it has no {@code message_event} type, so that one is read into Gson's generic {@code JsonObject}.
 */
@State(Scope.Benchmark)
public class VkParseBenchmark extends BenchmarkDefaults {
    @Param({"message_new", "message_event"})
    public String event;

    private byte[] bytes;
    private String text;
    private boolean modelled;

    /** Loads the envelope and proves both contenders agree on it. */
    @Setup
    public void setUp() {
        bytes = Corpus.vk(event);
        text = new String(bytes, StandardCharsets.UTF_8);
        modelled = event.equals("message_new");
        Equivalence.vkParse(event, bytes);
    }

    /** {@code VkPlatform.updates().read(bytes)}. */
    @Benchmark
    public Object ours() {
        return Ours.parseVk(bytes);
    }

    /** vk-java-sdk's Gson into {@code MessageNew}, or into a {@code JsonObject} for {@code message_event}. */
    @Benchmark
    public Object vkSdk() {
        return modelled ? VkSdkPeer.parseMessageNew(text) : VkSdkPeer.parseGeneric(text);
    }

    /** Jackson's tokeniser alone over the same bytes. */
    @Benchmark
    public int baselineTokenise() {
        return Baselines.tokenise(bytes);
    }
}
