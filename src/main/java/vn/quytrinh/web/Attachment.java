package vn.quytrinh.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.quytrinh.platform.rest.Attachments;

/** A file the web layer answers for download, named as the API names its files. */
public final class Attachment {

  private Attachment() {}

  public static void send(
      HttpServletResponse res, String file, String type, ByteArrayOutputStream out)
      throws IOException {
    res.setContentType(type);
    res.setHeader("Content-Disposition", Attachments.disposition(file));
    res.setHeader(Attachments.NOSNIFF_HEADER, "nosniff");
    res.setContentLength(out.size());
    out.writeTo(res.getOutputStream());
  }
}
