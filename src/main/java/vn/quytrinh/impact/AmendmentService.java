package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.legal.text.Amendment;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.security.Caller;

/**
 * Records the amendments a person confirmed (read from an amending document's text and shown as
 * proposals first, possibly corrected): the relations, as {@link ImpactService#recordRelation}
 * records any, so the impact engine raises the flags; and the new wordings of the target's articles
 * from each provision's own effective date. Nothing is recorded that was not sent.
 */
@ApplicationScoped
@Transactional
public class AmendmentService {

  /** At most this many amendments in one confirmation (NĐ 102/2021 has 65). */
  public static final int MAX_ITEMS = 500;

  /** At most this many places in one amendment. */
  static final int MAX_PLACES = 200;

  private LegalService legal;
  private LegalTextService texts;
  private ImpactService impact;

  @Inject
  public AmendmentService(LegalService legal, LegalTextService texts, ImpactService impact) {
    this.legal = legal;
    this.texts = texts;
    this.impact = impact;
  }

  /** For the CDI client proxy only. */
  protected AmendmentService() {}

  /** A proposal as a person confirmed it: every field as sent. */
  public record Proposal(
      String kind,
      String target,
      List<String> places,
      String wording,
      String oldPhrase,
      String newPhrase,
      String instruction,
      LocalDate effectiveFrom) {}

  /** A confirmed amendment: what it does, from when, and what became of it. */
  public record Item(
      int index,
      Amendment amendment,
      LocalDate from,
      LegalDocument target,
      Long relationId,
      boolean textKnown,
      LegalTextService.Applied applied) {}

  public record Confirmed(
      LegalDocument acting, List<ImpactService.RelationOutcome> relations, List<Item> items) {

    public List<FlagView> flagsRaised() {
      return relations.stream().flatMap(r -> r.flagsRaised().stream()).toList();
    }
  }

  private record Read(int index, Amendment amendment, LocalDate from, LegalDocument target) {}

  private record Group(long target, RelationKind kind, LocalDate from) {}

  public Confirmed confirm(Caller c, long actingId, List<Proposal> proposals) {
    LegalService.requireKeeper(c);
    LegalDocument acting = legal.get(actingId);
    List<Read> read = read(acting, proposals);

    Map<Group, Set<String>> groups = new LinkedHashMap<>();
    Map<Group, String> targetNumbers = new LinkedHashMap<>();
    Map<Group, List<Integer>> members = new LinkedHashMap<>();
    Set<Group> whole = new java.util.HashSet<>();
    for (Read r : read) {
      Amendment a = r.amendment();
      // each place as precise as the instruction names it ("5.2.a"), so that a procedure citing
      // only another clause of the article is possibly, not surely, affected (issue 13, point 5)
      List<String> articles =
          a.places().stream()
              .filter(p -> p.other() == null && p.article() != null)
              .map(p -> new vn.quytrinh.legal.Place(p.article(), p.clause(), p.point()).toString())
              .toList();
      // only an annex or a Mục: no article to name, yet what a procedure uses (the annex's forms)
      // may have changed; recorded as an amendment of the document without articles, so that
      // every procedure citing it is flagged. Never as a repeal or suspension without articles,
      // which would end the whole document.
      boolean noArticle = !a.places().isEmpty() && articles.isEmpty();
      Group g =
          new Group(
              r.target().id(), noArticle ? RelationKind.AMENDS : relationKind(a.kind()), r.from());
      if (a.places().isEmpty()) {
        whole.add(g);
      }
      groups.computeIfAbsent(g, k -> new LinkedHashSet<>()).addAll(articles);
      targetNumbers.put(g, r.target().number());
      members.computeIfAbsent(g, k -> new ArrayList<>()).add(r.index());
    }
    List<ImpactService.RelationOutcome> relations = new ArrayList<>();
    Map<Integer, Long> relationOf = new LinkedHashMap<>();
    for (Map.Entry<Group, Set<String>> e : groups.entrySet()) {
      Group g = e.getKey();
      List<String> articles = whole.contains(g) ? List.of() : List.copyOf(e.getValue());
      ImpactService.RelationOutcome o =
          impact.recordRelation(c, actingId, g.kind(), targetNumbers.get(g), articles, g.from());
      relations.add(o);
      members.get(g).forEach(i -> relationOf.put(i, o.relation().id()));
    }

    Map<Long, List<Read>> byTarget = new LinkedHashMap<>();
    read.forEach(r -> byTarget.computeIfAbsent(r.target().id(), k -> new ArrayList<>()).add(r));
    Map<Integer, LegalTextService.Applied> applied = new LinkedHashMap<>();
    Map<Integer, Boolean> known = new LinkedHashMap<>();
    for (List<Read> forTarget : byTarget.values()) {
      LegalDocument target = forTarget.get(0).target();
      boolean textKnown = texts.hasText(target.id());
      List<LegalTextService.Change> changes =
          forTarget.stream()
              .map(r -> new LegalTextService.Change(r.amendment(), r.from()))
              .toList();
      List<LegalTextService.Applied> done = texts.recordWordings(c, acting, target, changes);
      for (int i = 0; i < forTarget.size(); i++) {
        applied.put(forTarget.get(i).index(), done.get(i));
        known.put(forTarget.get(i).index(), textKnown);
      }
    }
    List<Item> items = new ArrayList<>();
    for (Read r : read) {
      items.add(
          new Item(
              r.index(),
              r.amendment(),
              r.from(),
              r.target(),
              relationOf.get(r.index()),
              known.get(r.index()),
              applied.get(r.index())));
    }
    return new Confirmed(acting, relations, items);
  }

  static RelationKind relationKind(Amendment.Kind k) {
    return switch (k) {
      case REPEAL -> RelationKind.REPEALS;
      case SUSPEND -> RelationKind.SUSPENDS;
      case AMEND, ADD, RENAME, REPLACE, REPLACE_PHRASE, ADD_PHRASE, REMOVE_PHRASE ->
          RelationKind.AMENDS;
    };
  }

  /** Each proposal checked, every fault named by its path; nothing is recorded if one is wrong. */
  private List<Read> read(LegalDocument acting, List<Proposal> proposals) {
    if (proposals == null || proposals.isEmpty()) {
      throw new InvalidInput("amendments", "validation.amendments.required");
    }
    if (proposals.size() > MAX_ITEMS) {
      throw new InvalidInput("amendments", "validation.amendments.tooMany", MAX_ITEMS);
    }
    List<FieldError> errors = new ArrayList<>();
    List<Read> out = new ArrayList<>();
    Map<String, LegalDocument> targets = new LinkedHashMap<>();
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      String at = "amendments[" + i + "]";
      if (p == null) {
        errors.add(new FieldError(at, "validation.amendments.required"));
        continue;
      }
      Amendment.Kind kind = null;
      try {
        kind = Params.enumValue(Amendment.Kind.class, at + ".kind", p.kind());
      } catch (InvalidInput bad) {
        errors.addAll(bad.errors());
      }
      if (kind == null && (p.kind() == null || p.kind().isBlank())) {
        errors.add(new FieldError(at + ".kind", "validation.amendments.kind"));
      }
      LegalDocument target = null;
      if (p.target() == null || p.target().isBlank()) {
        errors.add(new FieldError(at + ".target", "validation.relation.target.required"));
      } else {
        try {
          target =
              targets.containsKey(p.target())
                  ? targets.get(p.target())
                  : legal.resolve(p.target(), at + ".target");
          targets.put(p.target(), target);
          if (target.id().equals(acting.id())) {
            errors.add(new FieldError(at + ".target", "validation.relation.self"));
          }
        } catch (InvalidInput bad) {
          errors.addAll(bad.errors());
        }
      }
      LocalDate from = p.effectiveFrom() != null ? p.effectiveFrom() : acting.effectiveFrom();
      if (from == null) {
        errors.add(
            new FieldError(at + ".effectiveFrom", "validation.relation.effectiveFrom.required"));
      }
      List<String> written = p.places() == null ? List.of() : p.places();
      List<Amendment.Place> places = new ArrayList<>();
      if (written.size() > MAX_PLACES) {
        errors.add(new FieldError(at + ".places", "validation.relation.tooManyArticles"));
        written = List.of();
      }
      for (int j = 0; j < written.size(); j++) {
        String w = written.get(j);
        Amendment.Place place =
            w == null || w.isBlank() || w.length() > 100 ? null : Amendment.Place.parse(w);
        if (place == null || !place.readable()) {
          errors.add(new FieldError(at + ".places[" + j + "]", "validation.amendments.place"));
        } else {
          places.add(place);
        }
      }
      if (kind != null && isPhrase(kind) && (p.oldPhrase() == null || p.oldPhrase().isBlank())) {
        errors.add(new FieldError(at + ".oldPhrase", "validation.amendments.phrase"));
      }
      if (kind != null
          && (kind == Amendment.Kind.AMEND || kind == Amendment.Kind.ADD)
          && (p.wording() == null || p.wording().isBlank())) {
        errors.add(new FieldError(at + ".wording", "validation.amendments.wording"));
      }
      if (kind != null && target != null && from != null) {
        out.add(
            new Read(
                i,
                new Amendment(
                    target.number(),
                    kind,
                    places,
                    p.wording(),
                    p.oldPhrase(),
                    p.newPhrase(),
                    true,
                    p.instruction(),
                    0),
                from,
                target));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.amendments.invalid");
    }
    return out;
  }

  private static boolean isPhrase(Amendment.Kind k) {
    return k == Amendment.Kind.REPLACE_PHRASE
        || k == Amendment.Kind.ADD_PHRASE
        || k == Amendment.Kind.REMOVE_PHRASE;
  }
}
