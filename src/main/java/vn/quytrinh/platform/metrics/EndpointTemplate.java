package vn.quytrinh.platform.metrics;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import vn.quytrinh.platform.rest.QuyTrinhApplication;

/**
 * Tells {@link RequestTiming} which endpoint took an API request: after matching, the method and
 * the {@code @Path} templates of the resource, kept as a request property (in a Servlet container,
 * a request attribute).
 */
@Provider
public class EndpointTemplate implements ContainerRequestFilter {

  private static final String APPLICATION =
      QuyTrinhApplication.class.getAnnotation(ApplicationPath.class).value();

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type == null || method == null) {
      return;
    }
    Path onType = type.getAnnotation(Path.class);
    Path onMethod = method.getAnnotation(Path.class);
    request.setProperty(
        RequestTiming.ENDPOINT,
        Endpoints.template(
            request.getMethod(),
            APPLICATION,
            onType == null ? null : onType.value(),
            onMethod == null ? null : onMethod.value()));
  }
}
