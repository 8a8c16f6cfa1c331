package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import vn.quytrinh.platform.config.DataSourceConfig;

/**
 * Who may sign in is the platform's database identity store (Jakarta Security) over the people
 * table: an active user's PBKDF2 hash, and the user's roles as groups. {@link Authenticator} asks
 * it through the identity store handler, with a short cache and a sign-in throttle in front.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DataSourceConfig.JNDI_NAME,
    callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
    groupsQuery =
        "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id"
            + " WHERE u.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.SaltSizeBytes=32",
      "Pbkdf2PasswordHash.KeySizeBytes=32"
    })
@ApplicationScoped
public class IdentityStoreConfig {}
