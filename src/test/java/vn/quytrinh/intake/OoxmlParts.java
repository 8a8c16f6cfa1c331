package vn.quytrinh.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Office files with one part replaced, so that a fuzzer's bytes reach the XML inside a package. */
final class OoxmlParts {

  private OoxmlParts() {}

  /** The zip with one entry's bytes replaced, or added when it has no such entry. */
  static byte[] withEntry(byte[] zip, String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      boolean replaced = false;
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        replaced |= e.getName().equals(name);
        z.write(e.getName().equals(name) ? content : in.readAllBytes());
        z.closeEntry();
      }
      if (!replaced) {
        z.putNextEntry(new ZipEntry(name));
        z.write(content);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
