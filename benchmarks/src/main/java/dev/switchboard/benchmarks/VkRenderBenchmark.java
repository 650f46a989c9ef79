package dev.switchboard.benchmarks;

import dev.switchboard.benchmarks.contenders.Baselines;
import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.benchmarks.contenders.VkSdkPeer;
import dev.switchboard.core.keyboard.Keyboard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workloads 3 and 4 on VK: the vote (inline) and the catalogue page (a standard keyboard, since
 * VK inline keyboards hold at most 10 buttons). VK has no form of the 100-button keyboard.
 */
@State(Scope.Benchmark)
public class VkRenderBenchmark extends BenchmarkDefaults {
    @Param({"vote", "catalogue"})
    public String keyboard;

    private KeyboardSpec spec;
    private Keyboard built;

    /** Picks the keyboard and proves all contenders write the same JSON for it. */
    @Setup
    public void setUp() {
        spec = KeyboardSpec.vk(keyboard);
        built = Ours.keyboard(spec);
        Equivalence.vkRender(spec);
        if (!Ours.validateVk(built).isValid()) {
            throw new IllegalStateException(keyboard + " is not valid on VK");
        }
    }

    /** Build, validate and write with {@code VkPlatform.keyboards()}. */
    @Benchmark
    public String ours() {
        return Ours.renderVk(spec);
    }

    /** vk-java-sdk {@code Keyboard} written by Gson. */
    @Benchmark
    public String vkSdk() {
        return VkSdkPeer.render(spec);
    }

    /** A hand-written {@code JsonGenerator} straight from the spec. */
    @Benchmark
    public String baselineGenerator() {
        return Baselines.vkKeyboard(spec);
    }

    /** Workload 4: our validator alone, VK's rules. */
    @Benchmark
    public Object validate() {
        return Ours.validateVk(built);
    }
}
