package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.entity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first admin is created with the configured password, which never reaches the log. */
class BootstrapAdminTest {

    static final String SECRET = "configured-secret-password-42";

    final List<String> logged = new ArrayList<>();
    final List<String> created = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final Logger log = Logger.getLogger(BootstrapAdmin.class.getName());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    BootstrapAdmin cut = new BootstrapAdmin();

    @BeforeEach
    void wire() {
        log.addHandler(capture);
        cut.publicUrl = "http://localhost:8080/";
        cut.accounts = new Accounts() {
            @Override
            public long count() {
                return 0;
            }

            @Override
            public User create(String username, char[] password, Set<Role> roles) {
                created.add(username + ":" + new String(password));
                User user = new User(username, "hash", roles, java.time.LocalDateTime.now());
                users.add(user);
                return user;
            }
        };
    }

    @AfterEach
    void unwire() {
        log.removeHandler(capture);
    }

    @Test
    void theConfiguredPasswordIsUsedAndNeverLogged() {
        cut.configuredPassword = Optional.of(SECRET);
        cut.createFirstAdmin();
        assertEquals(List.of("admin:" + SECRET), created);
        assertFalse(users.get(0).isPasswordChangeRequired(), "the operator chose it: no forced change");
        assertFalse(logged.isEmpty());
        logged.forEach(line -> assertFalse(line.contains(SECRET), line));
    }

    @Test
    void aGeneratedPasswordIsShownOnceSinceNobodyElseKnowsIt() {
        cut.configuredPassword = Optional.empty();
        cut.createFirstAdmin();
        String password = created.get(0).substring("admin:".length());
        assertEquals(20, password.length());
        assertEquals(1, logged.stream().filter(line -> line.contains(password)).count());
        assertTrue(new PasswordRules().violations("admin", password).isEmpty(), "the one-time password keeps the rules");
        assertTrue(users.get(0).isPasswordChangeRequired(), "a logged password must be changed at the first login");
    }
}
