package com.salesdx.knowledge;

import java.util.List;

public record InterventionsFile(List<Intervention> interventions) {
}
