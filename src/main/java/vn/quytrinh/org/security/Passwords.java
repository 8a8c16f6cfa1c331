package vn.quytrinh.org.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** The platform's PBKDF2 (Jakarta Security), with parameters fit for 2026. */
@ApplicationScoped
public class Passwords {

  private Pbkdf2PasswordHash hash;

  @Inject
  public Passwords(Pbkdf2PasswordHash hash) {
    this.hash = hash;
  }

  /** For the CDI client proxy only. */
  protected Passwords() {}

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(nfc(password).toCharArray());
  }

  /** The same password typed composed on one keyboard and decomposed on another is one password. */
  static String nfc(String password) {
    return java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFC);
  }

  public boolean matches(String password, String stored) {
    try {
      return stored != null && password != null && hash.verify(nfc(password).toCharArray(), stored);
    } catch (IllegalArgumentException malformedHash) {
      return false;
    }
  }
}
