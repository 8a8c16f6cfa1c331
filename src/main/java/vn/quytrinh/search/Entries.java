package vn.quytrinh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcCode;
import vn.quytrinh.tthc.TthcService;

/** What is indexed of each kind of thing. */
final class Entries {

  private Entries() {}

  /**
   * A document: the text of its version in force, readable by everyone who sees the unit, apart
   * from the text of its version in progress, which only its work readers may search.
   */
  static SearchEntry of(ControlledDocument d) {
    StringJoiner text = new StringJoiner("\n");
    StringJoiner work = new StringJoiner("\n");
    for (DocumentVersion v : d.versions()) {
      StringJoiner into =
          v.status() == VersionStatus.EFFECTIVE ? text : v.status().inProgress() ? work : null;
      if (into != null) {
        content(v.content(), into);
        add(into, v.changeSummary());
        add(into, v.changeReason());
      }
    }
    List<String> ids = new ArrayList<>(List.of(d.code()));
    ids.addAll(d.tthcCodes());
    d.tthcCodes().forEach(c -> add(text, c));
    return new SearchEntry(
        "document",
        String.valueOf(d.id()),
        d.code(),
        d.title(),
        d.unitCode(),
        d.kind().name(),
        d.effectiveIssueNo() != null,
        ids,
        text.toString(),
        work.toString());
  }

  static SearchEntry of(Tthc t, List<TthcService.Dossier> dossier) {
    StringJoiner text = new StringJoiner("\n");
    add(text, t.field());
    add(text, t.agency());
    add(text, t.timeLimitText());
    add(text, t.fee());
    add(text, t.result());
    dossier.forEach(x -> add(text, x.name()));
    t.legalBasis().forEach(c -> add(text, c.number()));
    List<String> ids = new ArrayList<>(new TthcCode(t.code()).withNational());
    return new SearchEntry(
        "tthc",
        t.code(),
        t.code(),
        t.name(),
        null,
        t.level() == null ? null : t.level().name(),
        true,
        ids,
        text.toString(),
        "");
  }

  static SearchEntry of(LegalDocument l) {
    return of(l, null);
  }

  /** A legal document, with the words of its stored text's articles when it has one. */
  static SearchEntry of(LegalDocument l, String articles) {
    StringJoiner text = new StringJoiner("\n");
    add(text, l.type().label());
    add(text, l.issuer());
    add(text, articles);
    return new SearchEntry(
        "legal",
        String.valueOf(l.id()),
        l.number(),
        l.title(),
        null,
        l.type().name(),
        true,
        List.of(l.number()),
        text.toString(),
        "");
  }

  private static void content(ProcedureContent c, StringJoiner text) {
    for (String s :
        new String[] {
          c.purpose(),
          c.scope(),
          c.references(),
          c.definitions(),
          c.conditions(),
          c.place(),
          c.fee(),
          c.applicants(),
          c.result()
        }) {
      add(text, s);
    }
    c.legalBasis().forEach(x -> add(text, x == null ? null : x.number()));
    c.dossier().forEach(x -> add(text, x == null ? null : x.name()));
    c.steps()
        .forEach(
            x -> {
              if (x != null) {
                add(text, x.action());
                add(text, x.responsible());
                add(text, x.output());
              }
            });
    c.forms().forEach(x -> add(text, x == null ? null : x.code() + " " + x.name()));
    c.records().forEach(x -> add(text, x == null ? null : x.name() + " " + x.keeper()));
  }

  private static void add(StringJoiner text, String s) {
    if (s != null && !s.isBlank()) {
      text.add(s);
    }
  }
}
