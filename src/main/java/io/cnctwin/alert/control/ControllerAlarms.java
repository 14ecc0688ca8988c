package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.ControllerAlarm;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words and the identity of controller alarms: one alert per native code, at its worst active level. */
public final class ControllerAlarms {

    private ControllerAlarms() {
    }

    /** One alarm per code: the same code active on two data items of a machine is one alarm, at the worse level. */
    public static Collection<ControllerAlarm> worstPerCode(Collection<ControllerAlarm> active) {
        Map<String, ControllerAlarm> byCode = new LinkedHashMap<>();
        for (ControllerAlarm alarm : active) {
            byCode.merge(alarm.code(), alarm, (a, b) -> b.fault() && !a.fault() ? b : a);
        }
        return byCode.values();
    }

    /** "FAULT 2041 (native severity 3): Spindle overload". */
    public static String words(ControllerAlarm alarm) {
        return (alarm.fault() ? "FAULT " : "WARNING ") + alarm.code()
                + (alarm.nativeSeverity() == null ? "" : " (native severity " + alarm.nativeSeverity() + ")")
                + (alarm.text() == null || alarm.text().isBlank() ? "" : ": " + alarm.text());
    }
}
