package com.salesdx.knowledge;

import java.util.List;

public record PillarsFile(List<Pillar> pillars) {
}
