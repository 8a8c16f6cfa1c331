package vn.quytrinh.platform.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.quytrinh.platform.text.Text;

/**
 * Files answered for download, by the API and by the web layer alike: their media types, and a
 * download name that every browser keeps — in ASCII for the old ones, in UTF-8 (RFC 6266/5987) for
 * the rest, so "Sổ tay quy trình.pdf" arrives with its marks.
 */
public final class Attachments {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Sent with every file, so that a browser never guesses another type from the content. */
  public static final String NOSNIFF_HEADER = "X-Content-Type-Options";

  private Attachments() {}

  /** The name in ASCII only: marks dropped, anything else that is not safe in a name as "_". */
  public static String asciiName(String fileName) {
    return Text.withoutMarks(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** The {@code Content-Disposition} value of a file to download under {@code fileName}. */
  public static String disposition(String fileName) {
    return "attachment; filename=\""
        + asciiName(fileName)
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
