package vn.quytrinh.publishing.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.quytrinh.platform.problem.InvalidInput;

/** File answers: the right media type and a download name in ASCII and in UTF-8. */
final class Downloads {

  static final MediaType PDF = MediaType.valueOf("application/pdf");
  static final MediaType DOCX =
      MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType XLSX =
      MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Downloads() {}

  enum Format {
    PDF,
    DOCX,
    XLSX
  }

  static Format format(String raw, Format... allowed) {
    String f =
        raw == null || raw.isBlank() ? allowed[0].name() : raw.strip().toUpperCase(Locale.ROOT);
    for (Format a : allowed) {
      if (a.name().equals(f)) {
        return a;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Format a : allowed) {
      names.append(names.length() == 0 ? "" : ", ").append(a.name().toLowerCase(Locale.ROOT));
    }
    throw new InvalidInput("format", "problem.format.unsupported", names);
  }

  static Response file(StreamingOutput body, Format format, String baseName) {
    MediaType type =
        switch (format) {
          case PDF -> PDF;
          case DOCX -> DOCX;
          case XLSX -> XLSX;
        };
    String name = baseName + "." + format.name().toLowerCase(Locale.ROOT);
    String ascii =
        vn.quytrinh.platform.text.Text.withoutMarks(name).replaceAll("[^A-Za-z0-9._-]", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
