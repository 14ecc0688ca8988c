package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    PasswordRules cut = new PasswordRules();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(List.of(), cut.violations("alice", "correct horse battery"));
    }

    @Test
    void passwordsShorterThanTwelveOrLongerThan256CharactersAreRefused() {
        assertEquals(List.of("must be 12 to 256 characters"), cut.violations("alice", "elevenchars"));
        assertEquals(List.of("must be 12 to 256 characters"), cut.violations("alice", "x".repeat(257)));
        assertEquals(List.of("must be 12 to 256 characters"), cut.violations("alice", null));
        assertEquals(List.of(), cut.violations("alice", "twelve chars"));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedWhateverTheCase() {
        assertEquals(List.of("must not contain the user name"), cut.violations("operator7", "Operator7-is-me"));
        assertEquals(List.of("must not contain the user name"), cut.violations("alice", "ALICE-ALICE-ALICE"));
    }

    @Test
    void veryShortUserNamesDoNotBlockEveryPasswordThatHappensToContainThem() {
        assertEquals(List.of(), cut.violations("bob", "bobsleigh in winter"));
    }

    @Test
    void oneRepeatedCharacterIsRefused() {
        assertEquals(List.of("must not be one character repeated"), cut.violations("alice", "zzzzzzzzzzzzzzzz"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheCase() {
        assertEquals(List.of("is one of the most common passwords"), cut.violations("alice", "Password1234"));
        assertTrue(cut.violations("alice", "111111111111").contains("is one of the most common passwords"));
        PasswordRules.COMMON.forEach(common -> assertTrue(common.length() >= PasswordRules.MIN_LENGTH, common));
    }
}
