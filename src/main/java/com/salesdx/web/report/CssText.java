package com.salesdx.web.report;

/**
 * Text a client typed, made safe as a CSS string (the printed running header is a CSS
 * {@code content} value). Letters, digits and spaces stay; every other character becomes a CSS
 * hex escape, so no quote, backslash, brace or markup can end the string or the style sheet.
 */
final class CssText {
    private CssText() {
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == ' ')) {
                out.appendCodePoint(c);
            } else if (Character.getType(c) == Character.CONTROL) {
                out.append(' ');
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.append('"').toString();
    }
}
