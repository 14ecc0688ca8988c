package io.cnctwin.analytics.entity;

/**
 * One reason behind an indicator: which input ({@code name}), its value, how much it contributed
 * (in the indicator's own unit, e.g. risk points or log-odds) and a sentence for people.
 */
public record Factor(String name, double value, double contribution, String explanation) {
}
