package com.salesdx.knowledge;

import java.util.List;

public record Section(String id, String pillar, String title, String intro, List<Question> questions) {
}
