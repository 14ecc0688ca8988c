package io.cnctwin.analytics.entity;

/** Readings the moving-range detector judged a power jump or a power drop. */
public record PowerSteps(long jumps, long drops) {
}
