package vn.quytrinh.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file the web layer answers for download: its type and its name in ASCII and in UTF-8. */
public final class Attachment {

  private Attachment() {}

  public static void send(
      HttpServletResponse res, String file, String type, ByteArrayOutputStream out)
      throws IOException {
    res.setContentType(type);
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + vn.quytrinh.platform.text.Text.withoutMarks(file).replaceAll("[^A-Za-z0-9._-]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    res.setContentLength(out.size());
    out.writeTo(res.getOutputStream());
  }
}
