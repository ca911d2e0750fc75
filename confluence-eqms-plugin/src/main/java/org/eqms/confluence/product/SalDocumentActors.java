package org.eqms.confluence.product;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.audit.Actor;
import org.eqms.document.DocumentActors;

/**
 * The printed name of a user at the time of an action: SAL's full name for the key now. A user Confluence no longer
 * knows (or one without a full name) is printed as its key, so the trail never loses who acted.
 */
@Named
public class SalDocumentActors implements DocumentActors {
    private final UserManager userManager;

    @Inject
    public SalDocumentActors(@ComponentImport UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    @Override
    public Actor actor(String userKey) {
        Objects.requireNonNull(userKey, "userKey");
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        String fullName = profile == null ? null : profile.getFullName();
        return new Actor(userKey, fullName == null || fullName.isBlank() ? userKey : fullName.strip());
    }
}
