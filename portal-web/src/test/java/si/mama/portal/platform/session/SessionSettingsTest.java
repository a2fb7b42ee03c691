package si.mama.portal.platform.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An idle page warns shortly before its session ends, however long sessions last. */
class SessionSettingsTest {

    private static SessionSettings lasting(int seconds) {
        SessionSettings settings = new SessionSettings();
        settings.timeoutSeconds = seconds;
        return settings;
    }

    @Test
    void halfAnHourWarnsAMinuteBefore() {
        assertEquals(29 * 60 * 1000L, lasting(1800).getIdleWarningMillis());
    }

    @Test
    void aShortSessionWarnsATenthBefore() {
        assertEquals(81_000L, lasting(90).getIdleWarningMillis());
    }

    @Test
    void aSessionLastsAtLeastHalfAMinute() {
        assertEquals(30, lasting(5).getTimeoutSeconds());
    }
}
