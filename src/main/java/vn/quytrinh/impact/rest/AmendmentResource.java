package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.quytrinh.impact.AmendmentService;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.legal.rest.LegalTextViews.ProposalView;
import vn.quytrinh.legal.text.Amendment;
import vn.quytrinh.legal.text.AmendmentApplier;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Repeats;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * {@code /legal-documents/{id}/amendments}: the amending instructions read from this (amending)
 * document's stored text, proposed ({@code GET}), and the ones a person confirmed, possibly
 * corrected, recorded ({@code POST}): the relations, with the flags they raise, and the new
 * wordings of the articles changed, each from its own effective date.
 */
@Path("/legal-documents/{id}/amendments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmendmentResource {

  @Context HttpHeaders headers;

  private AmendmentService amendments;
  private LegalTextService texts;
  private CurrentCaller caller;

  @Inject
  public AmendmentResource(
      AmendmentService amendments, LegalTextService texts, CurrentCaller caller) {
    this.amendments = amendments;
    this.texts = texts;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected AmendmentResource() {}

  /** A request body (a class: Payara's OpenAPI scanner trips over annotated record parameters). */
  public static class ConfirmBody {
    public List<ProposalBody> amendments;
  }

  /** One amendment as confirmed: the fields of a proposal, corrected where needed. */
  public static class ProposalBody {
    public String kind;
    public String target;
    public List<String> places;
    public String wording;
    public String oldPhrase;
    public String newPhrase;
    public String instruction;
    public LocalDate effectiveFrom;
  }

  public record Proposals(long documentId, String number, List<ProposalView> items) {}

  @GET
  public Proposals proposals(@PathParam("id") long id) {
    caller.get();
    LegalTextService.Proposed p = texts.proposals(id);
    return new Proposals(p.document().id(), p.document().number(), ProposalView.of(p.proposals()));
  }

  public record PlaceView(
      String place, boolean applied, AmendmentApplier.Skip reason, String reasonLabel) {}

  public record ItemView(
      int index,
      Amendment.Kind kind,
      String target,
      List<String> places,
      LocalDate effectiveFrom,
      Long relationId,
      boolean textKnown,
      List<PlaceView> wordings) {}

  public record ConfirmedView(
      long documentId,
      String number,
      List<RelationRecorded> relations,
      List<ItemView> amendments,
      List<FlagView> flagsRaised) {}

  /** The relations recorded (or found again, when repeated) with the flags each raised. */
  public record RelationRecorded(boolean created, ImpactViews.RelationOutcomeView relation) {}

  @POST
  public ConfirmedView confirm(@PathParam("id") long id, ConfirmBody b) {
    Bodies.required(b);
    List<AmendmentService.Proposal> proposals =
        b.amendments == null
            ? null
            : b.amendments.stream()
                .map(
                    p ->
                        p == null
                            ? null
                            : new AmendmentService.Proposal(
                                p.kind,
                                p.target,
                                p.places,
                                p.wording,
                                p.oldPhrase,
                                p.newPhrase,
                                p.instruction,
                                p.effectiveFrom))
                .toList();
    AmendmentService.Confirmed c =
        Repeats.settled(() -> amendments.confirm(caller.get(), id, proposals));
    Locale locale = Messages.of(headers.getAcceptableLanguages());
    return new ConfirmedView(
        c.acting().id(),
        c.acting().number(),
        c.relations().stream()
            .map(
                r ->
                    new RelationRecorded(
                        r.created(), ImpactViews.RelationOutcomeView.of(r, locale)))
            .toList(),
        c.items().stream()
            .map(
                i ->
                    new ItemView(
                        i.index(),
                        i.amendment().kind(),
                        i.target().number(),
                        i.amendment().places().stream().map(Amendment.Place::toString).toList(),
                        i.from(),
                        i.relationId(),
                        i.textKnown(),
                        i.applied().outcomes().stream()
                            .map(
                                o ->
                                    new PlaceView(
                                        o.place(),
                                        o.applied(),
                                        o.skip(),
                                        o.skip() == null ? null : o.skip().label(locale)))
                            .toList()))
            .toList(),
        c.flagsRaised().stream().map(f -> f.in(locale)).toList());
  }
}
