package vn.quytrinh.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "QuyTrình API",
            version = "1",
            description =
                "Tài liệu kiểm soát, quy trình nội bộ giải quyết TTHC và vòng đời phê duyệt"
                    + " (controlled documents, internal procedures and their approval lifecycle).",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class QuyTrinhApplication extends Application {

  @Override
  public java.util.Map<String, Object> getProperties() {
    // no WADL: /openapi is the published description
    return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
