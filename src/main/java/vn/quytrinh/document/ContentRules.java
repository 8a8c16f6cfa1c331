package vn.quytrinh.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.document.ProcedureContent.DossierItem;
import vn.quytrinh.document.ProcedureContent.FormRef;
import vn.quytrinh.document.ProcedureContent.RecordKeep;
import vn.quytrinh.document.ProcedureContent.Step;
import vn.quytrinh.legal.Citations;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.time.WorkingDays;

/**
 * What procedure content must look like. {@link #check} runs on every save (bounds and types: a
 * draft may be incomplete); {@link #missingForSubmission} lists what a draft still lacks before it
 * can go to review.
 */
public final class ContentRules {

  static final int SHORT = 1_000;
  static final int LONG = 20_000;
  static final int MAX_ROWS = 300;

  private ContentRules() {}

  /** Field errors with JSON paths under {@code prefix}, e.g. {@code content.steps[2].days}. */
  public static List<FieldError> check(ProcedureContent c, String prefix) {
    List<FieldError> e = new ArrayList<>();
    if (c == null) {
      return e;
    }
    text(e, prefix + "purpose", c.purpose(), LONG);
    text(e, prefix + "scope", c.scope(), LONG);
    text(e, prefix + "references", c.references(), LONG);
    text(e, prefix + "definitions", c.definitions(), LONG);
    text(e, prefix + "conditions", c.conditions(), LONG);
    text(e, prefix + "place", c.place(), LONG);
    text(e, prefix + "fee", c.fee(), LONG);
    text(e, prefix + "applicants", c.applicants(), LONG);
    text(e, prefix + "result", c.result(), LONG);
    days(e, prefix + "timeLimitDays", c.timeLimitDays());

    rows(e, prefix + "legalBasis", c.legalBasis());
    for (int i = 0; c.legalBasis() != null && i < Math.min(c.legalBasis().size(), MAX_ROWS); i++) {
      Citation x = c.legalBasis().get(i);
      String p = prefix + "legalBasis[" + i + "]";
      if (x == null || blank(x.number())) {
        e.add(new FieldError(p + ".number", "validation.citation.number.required"));
        continue;
      }
      if (x.number().length() > 100) {
        text(e, p + ".number", x.number(), 100);
      } else {
        try {
          LegalDocumentNumber.parse(x.number());
        } catch (InvalidInput malformed) {
          e.add(new FieldError(p + ".number", malformed.errors().get(0).message()));
        }
      }
      text(e, p + ".article", x.article(), 50);
      if (x.article() != null && x.article().length() <= 50) {
        try {
          Citations.article(x.article());
        } catch (InvalidInput notOne) {
          e.add(new FieldError(p + ".article", "validation.citation.oneArticle"));
        }
      }
      text(e, p + ".clause", x.clause(), 50);
      text(e, p + ".point", x.point(), 50);
    }

    rows(e, prefix + "dossier", c.dossier());
    for (int i = 0; c.dossier() != null && i < Math.min(c.dossier().size(), MAX_ROWS); i++) {
      DossierItem x = c.dossier().get(i);
      String p = prefix + "dossier[" + i + "]";
      if (x == null || blank(x.name())) {
        e.add(new FieldError(p + ".name", "validation.dossier.name.required"));
        continue;
      }
      text(e, p + ".name", x.name(), SHORT * 2);
      if (x.copies() != null && (x.copies() < 0 || x.copies() > 100)) {
        e.add(new FieldError(p + ".copies", "validation.dossier.copies", 0, 100));
      }
    }

    rows(e, prefix + "steps", c.steps());
    for (int i = 0; c.steps() != null && i < Math.min(c.steps().size(), MAX_ROWS); i++) {
      Step x = c.steps().get(i);
      String p = prefix + "steps[" + i + "]";
      if (x == null) {
        e.add(new FieldError(p, "validation.step.empty"));
        continue;
      }
      if (x.order() != null && (x.order() < 1 || x.order() > 1000)) {
        e.add(new FieldError(p + ".order", "validation.step.order", 1, 1000));
      }
      text(e, p + ".action", x.action(), SHORT * 4);
      text(e, p + ".responsible", x.responsible(), SHORT);
      text(e, p + ".output", x.output(), SHORT * 2);
      days(e, p + ".days", x.days());
    }

    rows(e, prefix + "forms", c.forms());
    for (int i = 0; c.forms() != null && i < Math.min(c.forms().size(), MAX_ROWS); i++) {
      FormRef x = c.forms().get(i);
      String p = prefix + "forms[" + i + "]";
      if (x == null || (blank(x.code()) && blank(x.name()))) {
        e.add(new FieldError(p + ".name", "validation.form.required"));
        continue;
      }
      text(e, p + ".code", x.code(), 100);
      text(e, p + ".name", x.name(), SHORT);
    }

    rows(e, prefix + "records", c.records());
    for (int i = 0; c.records() != null && i < Math.min(c.records().size(), MAX_ROWS); i++) {
      RecordKeep x = c.records().get(i);
      String p = prefix + "records[" + i + "]";
      if (x == null || blank(x.name())) {
        e.add(new FieldError(p + ".name", "validation.record.name.required"));
        continue;
      }
      text(e, p + ".name", x.name(), SHORT);
      text(e, p + ".keeper", x.keeper(), SHORT);
      text(e, p + ".retention", x.retention(), 200);
    }
    return e;
  }

  /** What must be filled in before review: purpose, scope, and a complete step table. */
  public static List<Message> missingForSubmission(ProcedureContent c, DocumentKind kind) {
    List<Message> missing = new ArrayList<>();
    if (blank(c.purpose())) {
      missing.add(Message.of("problem.submission.purpose"));
    }
    if (blank(c.scope())) {
      missing.add(Message.of("problem.submission.scope"));
    }
    if (kind == DocumentKind.PROCEDURE) {
      if (c.steps() == null || c.steps().isEmpty()) {
        missing.add(Message.of("problem.submission.noSteps"));
      } else {
        for (int i = 0; i < c.steps().size(); i++) {
          Step s = c.steps().get(i);
          if (s == null || blank(s.action()) || blank(s.responsible()) || s.days() == null) {
            missing.add(Message.of("problem.submission.stepIncomplete", i + 1));
          }
        }
      }
    }
    return missing;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void text(List<FieldError> e, String path, String value, int max) {
    if (value != null && value.length() > max) {
      e.add(new FieldError(path, "validation.tooLong", max));
    }
  }

  private static void days(List<FieldError> e, String path, BigDecimal d) {
    WorkingDays.problem(d).ifPresent(p -> e.add(new FieldError(path, p)));
  }

  private static void rows(List<FieldError> e, String path, List<?> l) {
    if (l != null && l.size() > MAX_ROWS) {
      e.add(new FieldError(path, "validation.tooManyRows", MAX_ROWS));
    }
  }
}
