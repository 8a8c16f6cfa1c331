package vn.quytrinh.publishing;

import java.util.Arrays;
import java.util.List;
import vn.quytrinh.platform.i18n.Messages;

/**
 * The headings of the printed form in their order, one outline for both painters ({@link
 * PdfRenderer} and {@link ProcedureWriter}). Their words are {@code form.heading.*} keys, always
 * read in Vietnamese: a printed procedure is the legal form.
 */
enum FormHeading {
  REVISIONS("form.heading.revisions", 1),
  PURPOSE("form.heading.purpose", 1),
  SCOPE("form.heading.scope", 1),
  REFERENCES("form.heading.references", 1),
  DEFINITIONS("form.heading.definitions", 1),
  CONTENT("form.heading.content", 1),
  BASIS("form.heading.basis", 2),
  CONDITIONS("form.heading.conditions", 2),
  DOSSIER("form.heading.dossier", 2),
  TIME("form.heading.time", 2),
  PLACE("form.heading.place", 2),
  FEE("form.heading.fee", 2),
  APPLICANTS("form.heading.applicants", 2),
  RESULT("form.heading.result", 2),
  STEPS("form.heading.steps", 2),
  FORMS("form.heading.forms", 1),
  RECORDS("form.heading.records", 1);

  private final String key;
  private final int level;

  FormHeading(String key, int level) {
    this.key = key;
    this.level = level;
  }

  /** The heading as printed. */
  String text() {
    return Messages.vi(key);
  }

  /** 1 for a numbered section ("1. MỤC ĐÍCH"), 2 for a part of section 5 ("5.1 …"). */
  int level() {
    return level;
  }

  /** The numbered sections 1–7, in order. */
  static List<FormHeading> sections() {
    return Arrays.stream(values()).filter(h -> h.level == 1 && h != REVISIONS).toList();
  }
}
