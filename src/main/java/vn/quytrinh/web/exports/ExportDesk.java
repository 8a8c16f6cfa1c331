package vn.quytrinh.web.exports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.quytrinh.org.Unit;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Attachments;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.publishing.Manual;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.publishing.Register;
import vn.quytrinh.publishing.Renderers;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.UnitNames;
import vn.quytrinh.web.session.CurrentUser;

/**
 * Manuals and registers ({@code /app/exports.xhtml?unit=}): a unit's manual as of a date, as PDF or
 * Word, and the registers the person may export for that unit ({@link
 * PublishingService#registersFor}), through the same service calls as the API's {@code /manuals}
 * and {@code /reports} — the same refusals, the same audit record. The file is written straight to
 * the answer (PrimeFaces' {@code fileDownload}); the page shows that it is working meanwhile.
 */
@Named
@ViewScoped
public class ExportDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private PublishingService publishing;
  private Renderers renderers;
  private UnitNames units;
  private TimeSource time;

  private String unit;
  private LocalDate asOf;
  private String format = "pdf";

  /** Whether the manual prints, under each legal basis, the wording in force of what it cites. */
  private boolean wordings;

  @Inject
  public ExportDesk(
      CurrentUser user,
      PublishingService publishing,
      Renderers renderers,
      UnitNames units,
      TimeSource time) {
    this.user = user;
    this.publishing = publishing;
    this.renderers = renderers;
    this.units = units;
    this.time = time;
  }

  /** For the CDI client proxy only. */
  protected ExportDesk() {}

  /** The unit of the address, else the person's own, else the first one. */
  public void load() {
    if (unit == null || unit.isBlank() || units.name(unit).equals(unit)) {
      String own = user.caller().unitCode();
      unit = own != null ? own : getUnits().isEmpty() ? null : getUnits().get(0).code();
    }
    if (asOf == null) {
      asOf = time.today();
    }
  }

  /** Every unit: a manual of another unit holds what the person may read of it. */
  public List<Unit> getUnits() {
    return units.all();
  }

  public String getUnitName() {
    return units.name(unit);
  }

  /** The registers offered for the unit, as the service answers. */
  public List<String> getRegisters() {
    return unit == null ? List.of() : PublishingService.registersFor(user.caller(), unit);
  }

  public LocalDate getToday() {
    return time.today();
  }

  /**
   * The manual of the unit as of the date, in the format chosen; null (and a notice) if refused.
   */
  public StreamedContent manual() {
    boolean pdf = !"docx".equals(format);
    try {
      Manual m = publishing.manual(user.caller(), unit, asOf, wordings);
      return file(
          PublishingService.manualFileName(unit, m.asOf()) + (pdf ? ".pdf" : ".docx"),
          pdf ? Attachments.PDF : Attachments.DOCX,
          out -> {
            if (pdf) {
              renderers.pdf().manual(m, out);
            } else {
              renderers.docx().manual(m, out);
            }
          });
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }

  /** A register of the unit as XLSX; null (and a notice) if refused. */
  public StreamedContent register(String name) {
    try {
      Register r = publishing.register(user.caller(), name, unit);
      return file(
          PublishingService.registerFileName(name, unit) + ".xlsx",
          Attachments.XLSX,
          out -> renderers.xlsx().register(r, out));
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }

  /** Writes to the answer. */
  interface Writer extends Serializable {
    void write(OutputStream out) throws IOException;
  }

  private static StreamedContent file(String name, String type, Writer writer) {
    return DefaultStreamedContent.builder()
        .name(Attachments.asciiName(name))
        .contentType(type)
        .writer(
            out -> {
              try {
                writer.write(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public boolean isWordings() {
    return wordings;
  }

  public void setWordings(boolean wordings) {
    this.wordings = wordings;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = "docx".equals(format) ? "docx" : "pdf";
  }
}
