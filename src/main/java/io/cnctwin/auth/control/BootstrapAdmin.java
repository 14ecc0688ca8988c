package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the very first start (no users yet) creates the user {@code admin}: with ADMIN_PASSWORD when set, else with a
 * random password printed once in the log, which must be changed at the first login, so there is never a default
 * password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class BootstrapAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "twin.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void createFirstAdmin() {
        if (accounts.count() > 0) {
            LOG.info(() -> "Log in at " + publicUrl + " (users exist already)");
            return;
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(RandomPasswords::next);
        User admin = accounts.create(USERNAME, password.toCharArray(), EnumSet.of(Role.ADMIN));
        if (configured.isPresent()) {
            LOG.info(() -> "Created user '" + USERNAME + "' with the password from ADMIN_PASSWORD. Log in at " + publicUrl);
        } else {
            // the one time a secret is logged, on purpose: there is no other way to hand it to the first user; as
            // logs are kept and copied, it serves only to choose a new password
            admin.requirePasswordChange();
            LOG.warning("Created user '" + USERNAME + "' with the one-time password " + password
                    + " (shown only now and to be changed at the first login; set ADMIN_PASSWORD to choose it). Log in at " + publicUrl);
        }
    }
}
