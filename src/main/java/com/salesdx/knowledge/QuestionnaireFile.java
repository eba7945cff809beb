package com.salesdx.knowledge;

import java.util.List;

public record QuestionnaireFile(String id, String title, String description, List<Section> sections) {
}
