package com.salesdx.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum QuestionType {
    @JsonProperty("yes_no") YES_NO("yes_no"),
    @JsonProperty("scale") SCALE("scale"),
    @JsonProperty("number") NUMBER("number"),
    @JsonProperty("choice") CHOICE("choice");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
