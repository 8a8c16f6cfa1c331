package vn.quytrinh.legal.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.platform.upload.ImportLimiter;
import vn.quytrinh.platform.upload.ImportPermit;
import vn.quytrinh.platform.upload.UploadGate;

/**
 * The gate of a legal text's upload ({@link UploadGate}): only those who keep the legal registry
 * pass, and a text takes one of the places the imports take, since reading a Word file of the
 * largest size allowed costs as much memory as an import.
 */
@Provider
@LegalTextUpload
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class LegalTextGate extends UploadGate {

  @Inject
  public LegalTextGate(
      CurrentCaller caller,
      ImportLimiter limiter,
      ImportPermit permit,
      @ConfigProperty(name = "quytrinh.import.max-bytes", defaultValue = "20971520")
          long maxBytes) {
    super(caller, limiter, permit, maxBytes);
  }

  /** For the CDI client proxy only. */
  protected LegalTextGate() {}

  @Override
  protected void requireMayUpload(Caller c, ContainerRequestContext request) {
    LegalService.requireKeeper(c);
  }
}
