package vn.quytrinh.publishing.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Attachments;

/** File answers: the right media type and a download name in ASCII and in UTF-8. */
final class Downloads {

  static final MediaType PDF = MediaType.valueOf(Attachments.PDF);
  static final MediaType DOCX = MediaType.valueOf(Attachments.DOCX);
  static final MediaType XLSX = MediaType.valueOf(Attachments.XLSX);

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
    return Response.ok(body, type)
        .header("Content-Disposition", Attachments.disposition(name))
        .header(Attachments.NOSNIFF_HEADER, "nosniff")
        .build();
  }
}
