package vn.quytrinh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A versioned file keeps the year of caching said for it, whatever the resource handler sets. */
class ResourceCachingTest {

  @Test
  void theHandlersOwnCachingDoesNotReplaceTheYear() {
    Map<String, String> headers = new LinkedHashMap<>();
    HttpServletResponse raw =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().endsWith("Header")) {
                    headers.put((String) args[0], String.valueOf(args[1]));
                  }
                  return null;
                });
    raw.setHeader("Cache-Control", ResourceCaching.FOREVER);
    HttpServletResponse res = new ResourceCaching.KeepsCaching(raw);
    res.setHeader("Cache-Control", "max-age=604800");
    res.setDateHeader("Expires", 0L);
    res.addHeader("Cache-Control", "no-cache");
    res.setHeader("ETag", "W/\"1\"");
    assertEquals(Map.of("Cache-Control", ResourceCaching.FOREVER, "ETag", "W/\"1\""), headers);
  }
}
