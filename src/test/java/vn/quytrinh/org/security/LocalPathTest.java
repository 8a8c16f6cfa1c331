package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the sign-in form may send a person afterwards: a path of ours, nothing else. */
class LocalPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "evil",
        "/a\r\nSet-Cookie: x=1",
        "/dang-xuat",
        "/dang-nhap?next=//evil"
      })
  void foreignOrOddTargetsGoHome(String next) {
    assertEquals("/", ApiAuthenticationMechanism.localPath(next));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tai-khoan", "/tai-lieu/12?tab=lich-su", "/"})
  void localPathsAreKept(String next) {
    assertEquals(next, ApiAuthenticationMechanism.localPath(next));
  }
}
