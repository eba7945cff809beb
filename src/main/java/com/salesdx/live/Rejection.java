package com.salesdx.live;

import com.salesdx.yaml.Problem;
import java.time.Instant;
import java.util.List;

/** An edit that did not go live: when it was tried and every problem found, each with file and line. */
public record Rejection(Instant at, List<Problem> problems) {
}
