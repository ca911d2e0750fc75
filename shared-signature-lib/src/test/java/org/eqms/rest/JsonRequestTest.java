package org.eqms.rest;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRequestTest {

    @Test
    void readsTrueAndFalseAndRefusesAnythingElseWithTheCallersHint() {
        assertTrue(JsonRequest.parse("{\"ok\":true}", Set.of("ok")).requiredBoolean("ok", "Say yes or no."));
        assertFalse(JsonRequest.parse("{\"ok\":false}", Set.of("ok")).requiredBoolean("ok", "Say yes or no."));
        for (String body : new String[] {"{}", "{\"ok\":\"true\"}", "{\"ok\":1}", "{\"ok\":null}"}) {
            RestRefusal refusal = assertThrows(RestRefusal.class,
                    () -> JsonRequest.parse(body, Set.of("ok")).requiredBoolean("ok", "Say yes or no."));
            assertEquals(400, refusal.status());
            assertEquals("\"ok\" is missing or not true/false.", refusal.getMessage());
            assertEquals("Say yes or no.", refusal.hint());
        }
    }

    @Test
    void readsAnEnumConstantCaseInsensitivelyAndListsTheChoicesWhenItIsUnknown() {
        assertEquals(DayOfWeek.MONDAY, JsonRequest.parse("{\"day\":\" monday \"}", Set.of("day"))
                .requiredEnum("day", DayOfWeek.class, "day"));
        RestRefusal unknown = assertThrows(RestRefusal.class, () -> JsonRequest.parse("{\"day\":\"someday\"}",
                Set.of("day")).requiredEnum("day", DayOfWeek.class, "day"));
        assertEquals(400, unknown.status());
        assertEquals("\"someday\" is not a valid day.", unknown.getMessage());
        assertTrue(unknown.hint().contains("MONDAY") && unknown.hint().contains("SUNDAY"), unknown.hint());
        RestRefusal missing = assertThrows(RestRefusal.class,
                () -> JsonRequest.parse("{}", Set.of("day")).requiredEnum("day", DayOfWeek.class, "day"));
        assertEquals("\"day\" is missing.", missing.getMessage());
        RestRefusal absentParameter = assertThrows(RestRefusal.class,
                () -> JsonRequest.enumValue(DayOfWeek.class, null, "day"));
        assertEquals(400, absentParameter.status());
    }

    @Test
    void refusesATextLongerThanAPersonWritesAndAWholeDocumentOnlyBeyondItsOwnCeiling() {
        String longest = "x".repeat(JsonRequest.MAX_TEXT_LENGTH);
        assertEquals(longest, JsonRequest.parse("{\"reason\":\"" + longest + "\"}", Set.of("reason")).text("reason"));
        String tooLong = longest + "x";
        RestRefusal refusal = assertThrows(RestRefusal.class,
                () -> JsonRequest.parse("{\"reason\":\"" + tooLong + "\"}", Set.of("reason")).requiredText("reason"));
        assertEquals(400, refusal.status());
        assertEquals("\"reason\" is " + tooLong.length() + " characters long; it takes at most "
                + JsonRequest.MAX_TEXT_LENGTH + ".", refusal.getMessage());

        assertEquals(tooLong, JsonRequest.parse("{\"body\":\"" + tooLong + "\"}", Set.of("body")).longText("body"));
        String tooLongDocument = "x".repeat(JsonRequest.MAX_LONG_TEXT_LENGTH + 1);
        assertThrows(RestRefusal.class, () -> JsonRequest.parse("{\"body\":\"" + tooLongDocument + "\"}",
                Set.of("body")).longText("body"));
    }
}
