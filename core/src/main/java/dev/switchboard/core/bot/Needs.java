package dev.switchboard.core.bot;

import dev.switchboard.core.event.UpdateKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Derives {@link UpdateNeeds} from the registered routes: press routes need presses and messages
 * (text buttons arrive as messages); message routes need messages; membership routes need
 * membership changes, and other users' changes unless every membership route is for
 * {@code BLOCKED}/{@code UNBLOCKED} only; migration routes need migrations.
 */
final class Needs {
    private Needs() {
    }

    static UpdateNeeds derive(List<Route> routes) {
        Set<UpdateKind> kinds = EnumSet.noneOf(UpdateKind.class);
        boolean otherMembers = false;
        for (Route route : routes) {
            kinds.add(route.kind());
            if (route.kind() == UpdateKind.BUTTON_PRESS) {
                kinds.add(UpdateKind.MESSAGE);
            }
            otherMembers |= route.otherMembers();
        }
        return new UpdateNeeds(kinds, otherMembers);
    }
}
