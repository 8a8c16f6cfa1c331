package vn.quytrinh.legal.text;

import java.util.List;

/**
 * A Word file's paragraphs (and table cells, row by row) as the lines of a legal text: a port the
 * legal context owns, implemented where Office files are read under their limits ({@code
 * intake.LegalTextDocxReader}). Refuses what is no DOCX with a 4xx problem.
 */
public interface WordParagraphs {

  List<String> paragraphs(byte[] docx);
}
