package com.salesdx.knowledge;

import java.util.List;

/** knowledge-base/thresholds.yaml as written. */
public record ThresholdsFile(List<ThresholdDef> thresholds) {
}
