package vn.quytrinh.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The renderers, made once: DOCX templates come from {@code quytrinh.templates.dir} when present.
 */
@ApplicationScoped
public class Renderers {

  private String templateDir;

  @Inject
  public Renderers(
      @ConfigProperty(name = "quytrinh.templates.dir", defaultValue = "templates")
          String templateDir) {
    this.templateDir = templateDir;
  }

  /** For the CDI client proxy only. */
  protected Renderers() {}

  private PdfRenderer pdf;
  private DocxRenderer docx;
  private XlsxRenderer xlsx;

  @PostConstruct
  void init() {
    pdf = new PdfRenderer();
    docx = new DocxRenderer(Path.of(templateDir));
    xlsx = new XlsxRenderer();
  }

  public PdfRenderer pdf() {
    return pdf;
  }

  public DocxRenderer docx() {
    return docx;
  }

  public XlsxRenderer xlsx() {
    return xlsx;
  }
}
