package vn.quytrinh.publishing;

import java.util.List;

/**
 * A register exported as a spreadsheet: a title, column headers, and rows of text or numbers. User
 * text that would start a formula is neutralised by the renderer.
 */
public record Register(
    String sheetName, String title, List<String> headers, List<List<Object>> rows) {}
