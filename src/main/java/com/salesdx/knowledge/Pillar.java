package com.salesdx.knowledge;

/** One of the five pillars; {@code upstreamRank} 1 is the most upstream (strategy). */
public record Pillar(String id, String name, Integer upstreamRank, String healthy) {
}
