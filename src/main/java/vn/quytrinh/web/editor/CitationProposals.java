package vn.quytrinh.web.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.quytrinh.intake.CitationText;
import vn.quytrinh.tthc.TthcService.Citation;
import vn.quytrinh.web.editor.DraftForm.CitationRow;

/**
 * The citations the recogniser read in a pasted "Căn cứ pháp lý" paragraph, for the person to
 * accept: each one once, those the draft already cites left out, each marked when the registry does
 * not know its number; what it could not tie to a number (a law named without one the registry
 * knows) is listed apart, never guessed. Nothing is added to the draft until the person accepts.
 */
public final class CitationProposals implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most a pasted paragraph may hold: a whole legal basis, not a whole decree. */
  public static final int MAX_CHARS = 20_000;

  /** One proposal, chosen by default. */
  public static final class Proposal implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String number;
    private final String article;
    private final String clause;
    private final String point;
    private final boolean registered;
    private final String title;
    private boolean chosen = true;

    Proposal(Citation c, boolean registered, String title) {
      this.number = c.number();
      this.article = c.article();
      this.clause = c.clause();
      this.point = c.point();
      this.registered = registered;
      this.title = title;
    }

    public String getNumber() {
      return number;
    }

    public String getArticle() {
      return article;
    }

    public String getClause() {
      return clause;
    }

    public String getPoint() {
      return point;
    }

    /** The registry's title of the document cited, when it knows one document of that number. */
    public String getTitle() {
      return title;
    }

    /** Whether the registry knows the number (else the citation can still be kept, as typed). */
    public boolean isRegistered() {
      return registered;
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }

    String key() {
      return DraftForm.citationKey(number, article, clause, point);
    }

    /** A row of the citation table, with the title shown under the number as for a pick. */
    CitationRow row() {
      CitationRow r = CitationRow.picked(number, title);
      r.setArticle(article);
      r.setClause(clause);
      r.setPoint(point);
      return r;
    }
  }

  private final List<Proposal> proposals;
  private final List<String> unread;

  private CitationProposals(List<Proposal> proposals, List<String> unread) {
    this.proposals = proposals;
    this.unread = unread;
  }

  /** What the recogniser read, less what {@code cited} already holds. */
  public static CitationProposals of(CitationText.Result read, List<CitationRow> cited) {
    Set<String> seen = new HashSet<>();
    cited.forEach(r -> seen.add(r.key()));
    List<Proposal> out = new ArrayList<>();
    for (Citation c : read.citations()) {
      Proposal p =
          new Proposal(c, !read.unknown().contains(c.number()), read.titles().get(c.number()));
      if (seen.add(p.key())) {
        out.add(p);
      }
    }
    List<String> unread =
        read.unknown().stream()
            .filter(u -> read.citations().stream().noneMatch(c -> u.equals(c.number())))
            .toList();
    return new CitationProposals(out, unread);
  }

  /** The chosen proposals as rows of the citation table, in the order of the paragraph. */
  public List<CitationRow> accepted() {
    return proposals.stream().filter(Proposal::isChosen).map(Proposal::row).toList();
  }

  public List<Proposal> getProposals() {
    return proposals;
  }

  /** Laws named without a number the registry can give: to be picked by hand. */
  public List<String> getUnread() {
    return unread;
  }

  public boolean isEmpty() {
    return proposals.isEmpty() && unread.isEmpty();
  }
}
