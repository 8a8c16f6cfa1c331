package vn.quytrinh.intake.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.intake.ImportService;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.platform.upload.ImportLimiter;
import vn.quytrinh.platform.upload.ImportPermit;
import vn.quytrinh.platform.upload.UploadGate;

/**
 * The gate of the import endpoints ({@link UploadGate}): only those who may import that kind pass
 * (a coordinator; units and people an administrator).
 */
@Provider
@ImportUpload
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class ImportGate extends UploadGate {

  @Inject
  public ImportGate(
      CurrentCaller caller,
      ImportLimiter limiter,
      ImportPermit permit,
      @ConfigProperty(name = "quytrinh.import.max-bytes", defaultValue = "20971520")
          long maxBytes) {
    super(caller, limiter, permit, maxBytes);
  }

  /** For the CDI client proxy only. */
  protected ImportGate() {}

  @Override
  protected void requireMayUpload(Caller c, ContainerRequestContext request) {
    ImportService.requireImporter(c, request.getUriInfo().getPath());
  }
}
