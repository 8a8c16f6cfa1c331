package vn.quytrinh.search;

import java.util.List;

/**
 * What the index knows of one thing found: its type ({@code document}, {@code tthc}, {@code
 * legal}), id, code or number, title, the unit that owns it (documents only), whether a reader may
 * see it, the exact identifiers that rank first, its text anyone who sees it may read, and the text
 * of work in progress (drafts, versions under review) that only work readers of its unit may
 * search.
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
    String text,
    String workText) {}
