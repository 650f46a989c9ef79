package dev.switchboard.core.event;

import static dev.switchboard.core.event.MemberStatus.ADMIN;
import static dev.switchboard.core.event.MemberStatus.BANNED;
import static dev.switchboard.core.event.MemberStatus.LEFT;
import static dev.switchboard.core.event.MemberStatus.MEMBER;
import static dev.switchboard.core.event.MemberStatus.OWNER;
import static dev.switchboard.core.event.MemberStatus.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void arrivingIsJoinedWhateverTheNewRank() {
        assertThat(Change.between(LEFT, MEMBER)).isEqualTo(Change.JOINED);
        assertThat(Change.between(LEFT, ADMIN)).isEqualTo(Change.JOINED);
        assertThat(Change.between(BANNED, RESTRICTED)).isEqualTo(Change.JOINED);
    }

    @Test
    void goingAwayIsLeftWhetherLeavingOrBanned() {
        assertThat(Change.between(MEMBER, LEFT)).isEqualTo(Change.LEFT);
        assertThat(Change.between(RESTRICTED, LEFT)).isEqualTo(Change.LEFT);
        assertThat(Change.between(ADMIN, BANNED)).isEqualTo(Change.LEFT);
    }

    @Test
    void rankChangesArePromotedOrDemoted() {
        assertThat(Change.between(MEMBER, ADMIN)).isEqualTo(Change.PROMOTED);
        assertThat(Change.between(RESTRICTED, OWNER)).isEqualTo(Change.PROMOTED);
        assertThat(Change.between(ADMIN, MEMBER)).isEqualTo(Change.DEMOTED);
        assertThat(Change.between(OWNER, RESTRICTED)).isEqualTo(Change.DEMOTED);
    }

    @Test
    void becomingRestrictedIsRestricted() {
        assertThat(Change.between(MEMBER, RESTRICTED)).isEqualTo(Change.RESTRICTED);
    }

    @Test
    void everythingElseIsOther() {
        assertThat(Change.between(RESTRICTED, MEMBER)).isEqualTo(Change.OTHER);
        assertThat(Change.between(ADMIN, ADMIN)).isEqualTo(Change.OTHER);
        assertThat(Change.between(LEFT, BANNED)).isEqualTo(Change.OTHER);
        assertThat(Change.between(RESTRICTED, RESTRICTED)).isEqualTo(Change.OTHER);
    }

    @Test
    void onlyLeftAndBannedAreAbsent() {
        assertThat(MemberStatus.values()).filteredOn(s -> !s.isPresent()).containsExactly(LEFT, BANNED);
        assertThat(Change.BLOCKED.jsonName()).isEqualTo("blocked");
        assertThat(MemberStatus.OWNER.jsonName()).isEqualTo("owner");
    }
}
