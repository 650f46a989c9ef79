package dev.switchboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Core's public types are a decision, not an accident: the top-level public types of every core
 * package must equal the checked-in list {@code core-public-api.txt}, so a new one is a reviewed diff.
 */
class CorePublicApiTest {
    @Test
    void exposesExactlyTheListedPublicTypes() {
        assertThat(PublicTypes.in(PlatformId.class, "dev.switchboard.core")).isEqualTo(listed());
    }

    @Test
    void theSpiPackageHoldsWhatOnlyAdaptersAndStoresUse() {
        assertThat(listed()).filteredOn(name -> name.startsWith("dev.switchboard.core.spi.")).containsExactlyInAnyOrder(
                "dev.switchboard.core.spi.ApiBaseUrl", "dev.switchboard.core.spi.CheckpointStore",
                "dev.switchboard.core.spi.FieldPaths", "dev.switchboard.core.spi.JsonErrors",
                "dev.switchboard.core.spi.KeyboardJsonInput",
                "dev.switchboard.core.spi.ListenerGroup",
                "dev.switchboard.core.spi.Redaction", "dev.switchboard.core.spi.SeenUpdates",
                "dev.switchboard.core.spi.SourceCheckpoint", "dev.switchboard.core.spi.StateStoreException",
                "dev.switchboard.core.spi.UpdateRefusedException", "dev.switchboard.core.spi.UpdateSink",
                "dev.switchboard.core.spi.UpdateSource", "dev.switchboard.core.spi.SharedState",
                "dev.switchboard.core.spi.PressClaims", "dev.switchboard.core.spi.RecentPresses",
                "dev.switchboard.core.spi.KeyboardMemory", "dev.switchboard.core.spi.Lease",
                "dev.switchboard.core.spi.Leases", "dev.switchboard.core.spi.RateLimit",
                "dev.switchboard.core.spi.SendLimits", "dev.switchboard.core.spi.TakenUpdate",
                "dev.switchboard.core.spi.RememberedIds");
    }

    private static Set<String> listed() {
        return PublicTypes.listed(CorePublicApiTest.class, "/core-public-api.txt");
    }
}
