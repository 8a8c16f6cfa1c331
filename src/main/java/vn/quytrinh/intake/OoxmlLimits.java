package vn.quytrinh.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The limits every Office Open XML file (XLSX, DOCX) is read under, in one place so that each
 * reader gets them whichever is used first: no entry expands more than 100× nor beyond 100 MB, no
 * more than 10 M characters of text, and the entries together hold at most 200 MB.
 */
final class OoxmlLimits {

  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
  static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;
  static final int MAX_ENTRIES = 10_000;

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  private OoxmlLimits() {}

  /**
   * Refuses a zip whose entries expand beyond the total (many entries, each under the limit of one)
   * before POI opens it: the entries are read in order, as POI reads them, and their bytes counted,
   * never kept.
   */
  static void check(byte[] zip) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new BadFile(400, "problem.file.tooManyEntries", MAX_ENTRIES);
        }
        // what an entry declares may lie; what it expands to is counted, up to the limit
        if (e.getSize() > MAX_TOTAL_BYTES - total) {
          throw overTotal();
        }
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          total += n;
          if (total > MAX_TOTAL_BYTES) {
            throw overTotal();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new BadFile(400, "problem.file.corruptZip");
    }
  }

  /**
   * Reads a Word file under these limits: what is no DOCX is refused (415: a legacy or encrypted
   * Word file, anything not a zip), and so is what cannot be read safely (400: a zip bomb, XML with
   * a DOCTYPE, a broken package), whatever the reading throws.
   */
  static <T> T readDocx(byte[] docx, Function<XWPFDocument, T> reading) {
    if (TableReader.startsWith(docx, TableReader.OLE2)) {
      throw new BadFile(415, "problem.file.legacyWord");
    }
    if (!TableReader.startsWith(docx, TableReader.ZIP)) {
      throw new BadFile(415, "problem.file.notDocx");
    }
    check(docx);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return reading.apply(d);
    } catch (Exception e) {
      throw refusal(e, "problem.file.unreadableDocx");
    }
  }

  /** What POI's refusal to read a file becomes: a zip bomb said as such, else unreadable. */
  static BadFile refusal(Exception e, String unreadableKey) {
    if (e instanceof BadFile b) {
      return b;
    }
    String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (why.contains("zip bomb") || why.contains("inflate") || why.contains("max entry size")) {
      return new BadFile(400, "problem.file.zipBomb");
    }
    return new BadFile(400, unreadableKey);
  }

  private static BadFile overTotal() {
    return new BadFile(400, "problem.file.expandsOverTotal", MAX_TOTAL_BYTES / (1024 * 1024));
  }
}
