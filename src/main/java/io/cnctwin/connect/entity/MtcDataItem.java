package io.cnctwin.connect.entity;

/** A data item the agent's probe declares: its device, type (TEMPERATURE, EXECUTION...), subType and units. */
public record MtcDataItem(String id, String device, String category, String type, String subType, String units) {
}
