package vn.quytrinh.web.legal;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import vn.quytrinh.impact.AmendmentService;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.legal.text.Amendment;
import vn.quytrinh.legal.text.AmendmentApplier;
import vn.quytrinh.legal.text.LawWords;
import vn.quytrinh.legal.text.LegalText;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.platform.upload.ImportLimiter;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.HeldUpload;
import vn.quytrinh.web.IdRef;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * A legal document's text ({@code /app/legal-text.xhtml?id=&asOf=dd/MM/yyyy}, an address that can
 * be sent): as in force on a day, laid out as the law is written ({@link LawLayout}), each article
 * with the document that last changed it. Those who keep the registry import the text here, as on
 * the imports page: the file is checked first (a dry run: the structure read, the parse report and,
 * for an amending text, the amendments it proposes), then stored when the person confirms, with the
 * proposals they ticked recorded ({@link AmendmentService}: the relations, the new wordings, the
 * flags raised, listed at once). The services decide who may; the upload is offered only to them.
 */
@Named
@ViewScoped
public class LegalTextPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private IdRef ref;
  private LegalService legal;
  private LegalTextService texts;
  private AmendmentService amendments;
  private ImportLimiter limiter;
  private TimeSource time;

  private boolean loaded;
  private long id;
  private LegalDocument document;
  private String asOfParam;
  private LocalDate asOf;
  private LegalTextService.Consolidated text;
  private List<LawLayout.Block> blocks = List.of();

  private transient UploadedFile file;

  /** The file checked, held on disk between the dry run and the confirmation. */
  private HeldUpload held;

  /** The name of the file last checked, still shown once the file itself is gone (imported). */
  private String heldName;

  /** The lines read from the held file, and as the person corrected them (both one a line). */
  private String readText;

  private String correctedText;

  private Checked checked;
  private List<ProposalRow> proposals = List.of();
  private Recorded recorded;

  @Inject
  public LegalTextPage(
      CurrentUser user,
      IdRef ref,
      LegalService legal,
      LegalTextService texts,
      AmendmentService amendments,
      ImportLimiter limiter,
      TimeSource time) {
    this.user = user;
    this.ref = ref;
    this.legal = legal;
    this.texts = texts;
    this.amendments = amendments;
    this.limiter = limiter;
    this.time = time;
  }

  /** For the CDI client proxy only. */
  protected LegalTextPage() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    if (ref.getId() == null) {
      Notices.refuseRequest(new NotFound("problem.legal.notFound", (Object) null));
      return;
    }
    try {
      user.caller();
      id = ref.getId();
      document = legal.get(id);
      asOf = Filters.date(asOfParam);
      if (asOf == null) {
        if (asOfParam != null && !asOfParam.isBlank()) {
          Notices.error("legalText.asOf.invalid", asOfParam);
        }
        asOf = time.today();
      }
      read();
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  private void read() {
    if (texts.hasText(id)) {
      text = texts.consolidated(id, asOf);
      blocks = LawLayout.of(text);
    } else {
      text = null;
      blocks = List.of();
    }
  }

  // ---- import: check, then confirm

  /** Keeps the uploaded file and reads it without storing anything. */
  public void check() {
    Optional<HeldUpload> kept = HeldUpload.keep(file, "quytrinh-text-");
    if (kept.isEmpty()) {
      return;
    }
    discard();
    held = kept.get();
    heldName = held.name();
    Optional<LegalTextService.Imported> read = run(true);
    if (read.isEmpty()) {
      discard();
      return;
    }
    checked = Checked.of(read.get(), texts.hasText(id));
    proposals = ProposalRow.of(read.get().proposals(), document.effectiveFrom());
    readText = String.join("\n", read.get().read());
    correctedText = readText;
  }

  /** Reads the held file again from the lines as corrected by hand; stores nothing. */
  public void recheck() {
    if (held == null) {
      Notices.error("imports.nothingToConfirm");
      return;
    }
    Optional<LegalTextService.Imported> read = run(true);
    if (read.isPresent()) {
      checked = Checked.of(read.get(), texts.hasText(id));
      proposals = ProposalRow.of(read.get().proposals(), document.effectiveFrom());
    }
  }

  /** The lines to parse: as corrected, when the person changed any; else none (the file's). */
  private List<String> corrections() {
    if (correctedText == null || correctedText.equals(readText)) {
      return null;
    }
    return List.of(correctedText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  /** Whether the lines checked are corrected by hand. */
  public boolean isCorrected() {
    return corrections() != null;
  }

  public String getCorrectedText() {
    return correctedText;
  }

  public void setCorrectedText(String correctedText) {
    this.correctedText = correctedText;
  }

  private LegalTextService.Upload upload() throws IOException {
    return new LegalTextService.Upload(held.bytes(), held.type(), held.name());
  }

  /** The amendments the stored text proposes, for confirming without importing again. */
  public void review() {
    discard();
    try {
      proposals = ProposalRow.of(texts.proposals(id).proposals(), document.effectiveFrom());
      if (proposals.isEmpty()) {
        Notices.info("legalText.proposals.none");
      }
    } catch (ProblemException e) {
      Notices.refused(e);
    }
  }

  /**
   * Stores the checked file (when there is one) and records the amendments ticked; what was
   * recorded, and the flags raised, are shown.
   */
  public void confirm() {
    if (held == null && proposals.isEmpty()) {
      Notices.error("imports.nothingToConfirm");
      return;
    }
    List<ProposalRow> chosen = proposals.stream().filter(ProposalRow::isChosen).toList();
    for (ProposalRow p : chosen) {
      if (p.getFrom() == null) {
        Notices.error("legalText.proposals.fromRequired", p.getIndex() + 1);
        return;
      }
    }
    Recorded r = new Recorded();
    if (held != null) {
      Optional<LegalTextService.Imported> stored = run(false);
      if (stored.isEmpty()) {
        return;
      }
      r.articles = stored.get().text().articles().size();
      r.replaced = stored.get().replaced();
      r.stored = true;
      discardFile();
      checked = null;
    }
    if (!chosen.isEmpty()) {
      try {
        AmendmentService.Confirmed c =
            amendments.confirm(
                user.caller(), id, chosen.stream().map(ProposalRow::proposal).toList());
        r.items = Outcome.of(c.items(), Notices.locale());
        r.flags = c.flagsRaised().stream().map(f -> f.in(Notices.locale())).toList();
        r.flagsElsewhere =
            c.relations().stream().mapToInt(ImpactService.RelationOutcome::flagsElsewhere).sum();
        r.flagsNotListed =
            c.relations().stream().mapToInt(ImpactService.RelationOutcome::flagsNotListed).sum();
        r.confirmed = true;
      } catch (ProblemException e) {
        Notices.refused(e);
        if (r.stored) {
          Notices.info("legalText.stored", document.number(), r.articles);
          recorded = r;
          read();
        }
        return; // the proposals stay, to be corrected and confirmed again
      }
    }
    if (r.stored) {
      Notices.info("legalText.stored", document.number(), r.articles);
    }
    if (r.confirmed) {
      Notices.info("legalText.amendments.recorded", chosen.size());
    }
    recorded = r;
    proposals = List.of();
    read();
  }

  public void cancel() {
    discard();
    recorded = null;
  }

  private Optional<LegalTextService.Imported> run(boolean dryRun) {
    Optional<ImportLimiter.Permit> place = HeldUpload.place(limiter);
    if (place.isEmpty()) {
      return Optional.empty();
    }
    try (ImportLimiter.Permit p = place.get()) {
      return Optional.of(texts.importText(user.caller(), id, upload(), corrections(), dryRun));
    } catch (ProblemException e) {
      Notices.refused(e);
      return Optional.empty();
    } catch (IOException e) {
      Notices.error("imports.unreadable");
      return Optional.empty();
    }
  }

  private void discardFile() {
    if (held != null) {
      held.delete();
      held = null;
    }
  }

  private void discard() {
    discardFile();
    checked = null;
    proposals = List.of();
  }

  @PreDestroy
  void end() {
    discardFile();
  }

  // ---- what the dry run read, in the page's words

  /** One line of the structure read: a division's heading or an article with its counts. */
  public record Outline(String label, String title, int clauses, int points, boolean division) {}

  /** What the dry run read. */
  public record Checked(
      int articles,
      int clauses,
      int points,
      List<String> report,
      List<Outline> outline,
      boolean replaces) {

    static Checked of(LegalTextService.Imported i, boolean replaces) {
      LegalText t = i.text();
      java.util.Locale l = Notices.locale();
      List<Outline> outline = new ArrayList<>();
      List<LegalText.Division> open = List.of();
      int clauses = 0;
      int points = 0;
      for (LegalText.Article a : t.articles()) {
        List<LegalText.Division> within = a.within();
        for (int k = 0; k < within.size(); k++) {
          if (k >= open.size() || !within.get(k).equals(open.get(k))) {
            LegalText.Division d = within.get(k);
            outline.add(
                new Outline(LawWords.heading(d.level()) + " " + d.number(), d.title(), 0, 0, true));
          }
        }
        open = within;
        int p = a.clauses().stream().mapToInt(c -> c.points().size()).sum();
        clauses += a.clauses().size();
        points += p;
        outline.add(
            new Outline(LawWords.article(a.number()), a.title(), a.clauses().size(), p, false));
      }
      return new Checked(
          t.articles().size(),
          clauses,
          points,
          t.report().stream().map(x -> x.message().in(l)).toList(),
          outline,
          replaces);
    }
  }

  /** A proposal as the page shows it, ticked (or not) and given its effective date. */
  public static class ProposalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private String kind;
    private String target;
    private List<String> places;
    private String wording;
    private String oldPhrase;
    private String newPhrase;
    private final boolean quoted;
    private final String instruction;
    private boolean chosen = true;
    private LocalDate from;

    ProposalRow(int index, Amendment a, LocalDate from) {
      this.index = index;
      this.kind = a.kind().name();
      this.target = a.target();
      this.places = a.places().stream().map(Amendment.Place::toString).toList();
      this.wording = a.wording();
      this.oldPhrase = a.oldPhrase();
      this.newPhrase = a.newPhrase();
      this.quoted = a.quoted();
      this.instruction = a.instruction();
      this.from = from;
      this.chosen = a.target() != null;
    }

    static List<ProposalRow> of(List<Amendment> proposals, LocalDate from) {
      List<ProposalRow> out = new ArrayList<>();
      for (int i = 0; i < proposals.size(); i++) {
        out.add(new ProposalRow(i, proposals.get(i), from));
      }
      return out;
    }

    AmendmentService.Proposal proposal() {
      return new AmendmentService.Proposal(
          kind, target, places, wording, oldPhrase, newPhrase, instruction, from);
    }

    /** The kind, the document changed, the places and the words, as the person corrects them. */
    public void setKind(String kind) {
      this.kind = kind;
    }

    public void setTarget(String target) {
      this.target = target == null || target.isBlank() ? null : target.strip();
    }

    /** The places as typed: "4.4.b", "điểm b khoản 4 Điều 4", "Phụ lục II"; one a comma. */
    public String getPlacesText() {
      return String.join(", ", places);
    }

    public void setPlacesText(String typed) {
      this.places = placesTyped(typed);
    }

    public void setWording(String wording) {
      this.wording = wording == null || wording.isBlank() ? null : wording.strip();
    }

    public void setOldPhrase(String oldPhrase) {
      this.oldPhrase = oldPhrase == null || oldPhrase.isEmpty() ? null : oldPhrase;
    }

    public void setNewPhrase(String newPhrase) {
      this.newPhrase = newPhrase == null || newPhrase.isEmpty() ? null : newPhrase;
    }

    /** Whether the kind carries a new wording (amend, add, rename, replace). */
    public boolean isWordingKind() {
      return List.of("AMEND", "ADD", "RENAME", "REPLACE").contains(kind);
    }

    /** Whether the kind works on phrases. */
    public boolean isPhraseKind() {
      return kind != null && kind.endsWith("_PHRASE");
    }

    public int getIndex() {
      return index;
    }

    public String getKind() {
      return kind;
    }

    public String getTarget() {
      return target;
    }

    /** The places as the law writes them, in the reader's language: "điểm b khoản 4 Điều 4". */
    public String getPlaces() {
      return placesInWords(places, Notices.locale());
    }

    public String getWording() {
      return wording;
    }

    public String getOldPhrase() {
      return oldPhrase;
    }

    public String getNewPhrase() {
      return newPhrase;
    }

    public boolean isQuoted() {
      return quoted;
    }

    public String getInstruction() {
      return instruction;
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }

    public LocalDate getFrom() {
      return from;
    }

    public void setFrom(LocalDate from) {
      this.from = from;
    }
  }

  /**
   * Places kept in the notation ("4.4.b", "7a") said as the law says them, in {@code locale} ("điểm
   * b khoản 4 Điều 4", "Điều 7a"); anything else ("Phụ lục II") as it is.
   */
  static String placesInWords(List<String> places, Locale locale) {
    List<String> out = new ArrayList<>();
    for (String p : places) {
      out.add(
          vn.quytrinh.legal.Place.ofNotation(p).map(place -> place.label().in(locale)).orElse(p));
    }
    return String.join(", ", out);
  }

  /**
   * Places as a person types them, comma by comma: a place written as the law does ("khoản 2 Điều
   * 5") in the notation of proposals ("5.2"); anything else ("Phụ lục II", "Mục 3") as typed.
   */
  static List<String> placesTyped(String typed) {
    List<String> out = new ArrayList<>();
    if (typed == null) {
      return out;
    }
    for (String piece : typed.split("[,;]")) {
      String p = piece.strip();
      if (!p.isEmpty()) {
        out.add(vn.quytrinh.legal.Place.typed(p).map(Object::toString).orElse(p));
      }
    }
    return out;
  }

  /** The kinds a proposal may be corrected to, in the order the law's instructions list them. */
  public List<String> getKinds() {
    return java.util.Arrays.stream(Amendment.Kind.values()).map(Enum::name).toList();
  }

  public record Outcome(String kind, String target, String place, boolean applied, String why) {

    static List<Outcome> of(List<AmendmentService.Item> items, java.util.Locale l) {
      List<Outcome> out = new ArrayList<>();
      for (AmendmentService.Item i : items) {
        String target = i.target().number();
        String kind = i.amendment().kind().name();
        if (!i.textKnown()) {
          out.add(new Outcome(kind, target, places(i.amendment()), false, null));
          continue;
        }
        for (AmendmentApplier.Outcome o : i.applied().outcomes()) {
          out.add(
              new Outcome(
                  kind, target, o.place(), o.applied(), o.applied() ? null : o.skip().label(l)));
        }
      }
      return out;
    }

    private static String places(Amendment a) {
      return String.join(", ", a.places().stream().map(Amendment.Place::toString).toList());
    }
  }

  /** What the confirmation stored and recorded. */
  public static class Recorded implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean stored;
    boolean replaced;
    int articles;
    boolean confirmed;
    transient List<Outcome> items = List.of();
    transient List<FlagView> flags;
    int flagsElsewhere;
    int flagsNotListed;

    public boolean isStored() {
      return stored;
    }

    public boolean isReplaced() {
      return replaced;
    }

    public int getArticles() {
      return articles;
    }

    public boolean isConfirmed() {
      return confirmed;
    }

    public List<Outcome> getItems() {
      return items;
    }

    public List<FlagView> getFlags() {
      return flags;
    }

    public int getFlagsElsewhere() {
      return flagsElsewhere;
    }

    public int getFlagsNotListed() {
      return flagsNotListed;
    }
  }

  // ---- what the page reads and sets

  /** Whether the person keeps the registry (asked of the service): the import is offered. */
  public boolean isKeeper() {
    return LegalService.keeps(user.caller());
  }

  public long getId() {
    return id;
  }

  public LegalDocument getDocument() {
    return document;
  }

  public LegalTextService.Consolidated getText() {
    return text;
  }

  /** The lines before the first article (title, bases), as imported. */
  public List<String> getPreamble() {
    String p = text == null ? null : text.text().preamble();
    return p == null || p.isBlank() ? List.of() : List.of(p.split("\n"));
  }

  public List<LawLayout.Block> getBlocks() {
    return blocks;
  }

  /** The day the text is shown as in force on, as written in the address. */
  public String getAsOfText() {
    return asOf == null ? "" : asOf.format(Filters.DAY);
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public LegalStatus getStatus() {
    return text == null ? null : text.status();
  }

  public String getAsOfParam() {
    return asOfParam;
  }

  public void setAsOfParam(String asOfParam) {
    this.asOfParam = asOfParam;
  }

  public Checked getChecked() {
    return checked;
  }

  public List<ProposalRow> getProposals() {
    return proposals;
  }

  public Recorded getRecorded() {
    return recorded;
  }

  public String getHeldName() {
    return heldName;
  }

  public long getMaxMegabytes() {
    return HeldUpload.maxMegabytes();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
