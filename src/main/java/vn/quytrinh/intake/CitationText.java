package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.text.Text;
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

  /** What one import already asked the registry, so each number and title is asked once a file. */
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
    return read(text, new CitationRecognizer().find(text), number -> List.of(), true);
  }

  /** What {@code text} cites, a law named without its number taken as in force today. */
  public Result recognise(String text) {
    return recognise(text, new Lookups(), null);
  }

  public Result recognise(String text, Lookups lookups) {
    return recognise(text, lookups, null);
  }

  /**
   * What {@code text} cites; {@code on} is the date of the citing text (today when null): a law
   * named without a year is the one of that name in force on it.
   */
  public Result recognise(String text, Lookups lookups, LocalDate on) {
    List<CitationRecognizer.Found> found =
        recognizer.find(text, titles -> laws(titles, lookups), on == null ? legal.today() : on);
    return read(text, found, n -> lookups.numbered.computeIfAbsent(n, legal::lookup), false);
  }

  /**
   * The citations found, each once; what the registry does not know (numbers, laws named without
   * one it can give) and the lists that could not be read ("«…»", as written) apart.
   */
  private static Result read(
      String text,
      List<CitationRecognizer.Found> found,
      java.util.function.Function<String, List<LegalDocument>> lookup,
      boolean asWritten) {
    List<TthcService.Citation> out = new ArrayList<>();
    Set<TthcService.Citation> seen = new java.util.HashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
    for (CitationRecognizer.Found f : found) {
      switch (f.kind()) {
        case SELF -> {
          // the citing text itself: nothing of the registry
        }
        case UNREAD ->
            unknown.add(
                "«" + text.substring(f.start(), f.end()).strip().replaceAll("\\s+", " ") + "»");
        case CITATION -> {
          if (f.number() == null) {
            unknown.add(lawName(f));
            continue;
          }
          TthcService.Citation c = citation(f);
          if (!seen.add(c)) {
            continue;
          }
          List<LegalDocument> docs = lookup.apply(f.number());
          if (!asWritten && docs.isEmpty()) {
            unknown.add(f.number());
          } else if (docs.size() == 1 && docs.get(0).title() != null) {
            titles.put(f.number(), docs.get(0).title());
          }
          out.add(c);
        }
      }
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
   * The registered documents bearing these folded titles, each title asked of the registry once per
   * file (in one query for the titles not asked yet): never read whole.
   */
  List<CitationRecognizer.Law> laws(java.util.Collection<String> folded, Lookups lookups) {
    List<String> missing = folded.stream().filter(t -> !lookups.titled.containsKey(t)).toList();
    if (!missing.isEmpty()) {
      java.util.Map<String, List<LegalDocument>> byTitle = new java.util.HashMap<>();
      for (LegalDocument d : legal.titledAny(missing)) {
        byTitle
            .computeIfAbsent(
                CitationRecognizer.blanksAsOne(Text.fold(d.title())), k -> new ArrayList<>())
            .add(d);
      }
      missing.forEach(t -> lookups.titled.put(t, byTitle.getOrDefault(t, List.of())));
    }
    List<CitationRecognizer.Law> out = new ArrayList<>();
    for (String t : folded) {
      for (LegalDocument d : lookups.titled.get(t)) {
        lookups.numbered.putIfAbsent(d.number(), List.of(d));
        out.add(
            new CitationRecognizer.Law(
                d.number(), d.title(), d.signedOn(), d.effectiveFrom(), d.effectiveUntil()));
      }
    }
    return out;
  }
}
