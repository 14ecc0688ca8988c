package io.cnctwin.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A controller alarm's own identity: the controller's native code and native severity, as its agent reports them. */
@Embeddable
public class NativeAlarm {

    static final int MAX = 100;

    @Column(name = "native_code")
    private String code;
    @Column(name = "native_severity")
    private String severity;

    protected NativeAlarm() {
    }

    public NativeAlarm(String code, String severity) {
        this.code = cut(code);
        this.severity = cut(severity);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }

    public String getCode() {
        return code;
    }

    public String getSeverity() {
        return severity;
    }
}
