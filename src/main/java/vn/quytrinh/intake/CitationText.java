package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.tthc.TthcService;

/**
 * Legal citations written as text, linked to the registry: a law named without its number ("Luật Hộ
 * tịch năm 2014") takes the number of the registered law of that name and year; a name or a number
 * the registry does not know is reported, never invented.
 */
@ApplicationScoped
public class CitationText {

  private LegalService legal;

  @Inject
  public CitationText(LegalService legal) {
    this.legal = legal;
  }

  /** For the CDI client proxy only. */
  protected CitationText() {}

  private final CitationRecognizer recognizer = new CitationRecognizer();

  /**
   * What a text cites: the citations in its order, what the registry does not know (numbers, and
   * laws named without one it can give), and the registry's title of each number it knows.
   */
  public record Result(
      List<TthcService.Citation> citations,
      List<String> unknown,
      java.util.Map<String, String> titles) {

    public Result(List<TthcService.Citation> citations, List<String> unknown) {
      this(citations, unknown, java.util.Map.of());
    }
  }

  /** What one import already asked the registry, so each number is looked up once per file. */
  public static final class Lookups {
    /** The documents the registry holds under each number asked (none: it does not know it). */
    final java.util.Map<String, List<LegalDocument>> numbered = new java.util.HashMap<>();

    /** The documents of each title asked (a law named without its number), by folded title. */
    final java.util.Map<String, List<LegalDocument>> titled = new java.util.HashMap<>();
  }

  /**
   * Citations as written, without the registry: numbers are taken as they are, a law named without
   * its number is reported.
   */
  public static Result withoutRegistry(String text) {
    List<TthcService.Citation> out = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (CitationRecognizer.Found f : new CitationRecognizer().find(text)) {
      if (f.number() == null) {
        unknown.add(lawName(f));
      } else {
        out.add(citation(f));
      }
    }
    return new Result(out, List.copyOf(unknown));
  }

  public Result recognise(String text) {
    return recognise(text, new Lookups());
  }

  public Result recognise(String text, Lookups lookups) {
    List<TthcService.Citation> out = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    List<CitationRecognizer.Found> found =
        recognizer.find(text, (name, year) -> numberOfLaw(name, year, lookups));
    java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
    for (CitationRecognizer.Found f : found) {
      if (f.number() == null) {
        unknown.add(lawName(f));
        continue;
      }
      List<LegalDocument> docs = lookups.numbered.computeIfAbsent(f.number(), legal::lookup);
      if (docs.isEmpty()) {
        unknown.add(f.number());
      } else if (docs.size() == 1 && docs.get(0).title() != null) {
        titles.put(f.number(), docs.get(0).title());
      }
      out.add(citation(f));
    }
    return new Result(out, List.copyOf(unknown), titles);
  }

  private static String lawName(CitationRecognizer.Found f) {
    return f.lawName() + (f.year() == null ? "" : " năm " + f.year());
  }

  private static TthcService.Citation citation(CitationRecognizer.Found f) {
    return new TthcService.Citation(f.number(), f.article(), f.clause(), f.point());
  }

  /**
   * The registered law whose title is the name (case and marks ignored, in SQL) and whose number
   * carries the year; the document found is kept under its number, so it is not asked again.
   */
  Optional<String> numberOfLaw(String name, Integer year, Lookups lookups) {
    List<LegalDocument> matches = new ArrayList<>();
    // the registry is asked for that title only, once per file: never read whole
    String folded = vn.quytrinh.platform.text.Text.fold(name).strip();
    for (LegalDocument d : lookups.titled.computeIfAbsent(folded, f -> legal.titled(name))) {
      Integer y = LegalDocumentNumber.parse(d.number()).year();
      if (year == null
          || year.equals(y)
          || (d.signedOn() != null && d.signedOn().getYear() == year)) {
        matches.add(d);
      }
    }
    if (matches.size() != 1) {
      return Optional.empty();
    }
    LegalDocument law = matches.get(0);
    lookups.numbered.putIfAbsent(law.number(), List.of(law));
    return Optional.of(law.number());
  }
}
