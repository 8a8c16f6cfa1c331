package vn.quytrinh.search;

import java.util.List;

/**
 * What the index knows of one thing found: its type ({@code document}, {@code tthc}, {@code
 * legal}), id, code or number, title, the unit that owns it (documents only), whether a reader may
 * see it, the exact identifiers that rank first, and all its text.
 */
public record SearchEntry(
    String type,
    String id,
    String code,
    String title,
    String unitCode,
    String kind,
    boolean visibleToReaders,
    List<String> identifiers,
    String text) {}
