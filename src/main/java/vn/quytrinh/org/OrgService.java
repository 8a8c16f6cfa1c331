package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.org.security.PasswordPolicy;
import vn.quytrinh.org.security.Passwords;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;

/** Units and people: the transaction boundary of the org context. */
@ApplicationScoped
@Transactional
public class OrgService {

  private UnitRepository units;
  private UserRepository users;
  private Passwords passwords;
  private TimeSource time;

  /** Observed after the commit (sign-in cache, throttle, web sessions). */
  private Event<PersonChanged> personChanged;

  private Event<UnitsChanged> unitsChanged;
  private AuditTrail audit;

  /** Every check of a signed-in person's password is a guess, throttled as sign-ins are. */
  private PasswordGuesses guesses;

  @Inject
  public OrgService(
      UnitRepository units,
      UserRepository users,
      Passwords passwords,
      TimeSource time,
      Event<PersonChanged> personChanged,
      Event<UnitsChanged> unitsChanged,
      AuditTrail audit,
      PasswordGuesses guesses) {
    this.units = units;
    this.users = users;
    this.passwords = passwords;
    this.time = time;
    this.personChanged = personChanged;
    this.unitsChanged = unitsChanged;
    this.audit = audit;
    this.guesses = guesses;
  }

  /** For the CDI client proxy only. */
  protected OrgService() {}

  public record UnitData(String code, String name, String parentCode, UnitLevel level) {}

  public record UserData(
      String username,
      String fullName,
      String position,
      String unitCode,
      Set<Role> roles,
      Boolean active) {}

  // ---- units

  public List<Unit> listUnits() {
    return units.findAll();
  }

  /** A page of units in code order, narrowed by level and parent, counted in the database. */
  public Page<Unit> units(UnitLevel level, String parent, PageRequest page) {
    String p = parent == null || parent.isBlank() ? null : parent.strip();
    return new Page<>(
        units.page(level, p, page.offset(), page.size()),
        units.count(level, p),
        page.page(),
        page.size());
  }

  public Unit unit(String code) {
    return units.find(code).orElseThrow(() -> new NotFound("problem.unit.notFound", code));
  }

  public boolean unitExists(String code) {
    return units.find(code).isPresent();
  }

  /** What a unit's code and a username look like (the API's bodies check the same). */
  public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

  public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

  /** The longest unit name, and the longest full name or position, the records hold. */
  public static final int UNIT_NAME_MAX = 500;

  public static final int PERSON_TEXT_MAX = 200;

  public Unit createUnit(Caller caller, UnitData d) {
    requireAdministrator(caller);
    validate(d, true);
    if (units.find(d.code()).isPresent()) {
      throw new Conflict("problem.unit.duplicate", d.code());
    }
    requireParent(d.parentCode());
    Unit u = new Unit(d.code(), Text.clean(d.name()), d.parentCode(), d.level());
    units.add(u);
    audit.record(
        caller.username(), "CREATE", "UNIT", u.code(), u.code(), u.name() + " (" + u.level() + ")");
    return u;
  }

  public Unit updateUnit(Caller caller, String code, UnitData d, String ifMatch) {
    requireAdministrator(caller);
    Unit u = unit(code);
    Preconditions.check(ifMatch, etag(u), true);
    validate(d, false);
    requireParent(d.parentCode());
    if (tree().wouldCycle(code, d.parentCode())) {
      throw new InvalidInput("parentCode", "problem.unit.cycle");
    }
    vn.quytrinh.audit.Changes.Builder change =
        vn.quytrinh.audit.Changes.of()
            .field("audit.field.unit.name", u.name(), Text.clean(d.name()))
            .field("audit.field.unit.level", u.level(), d.level())
            .field("audit.field.unit.parent", u.parentCode(), d.parentCode());
    u.rename(Text.clean(d.name()), d.level());
    u.moveUnder(d.parentCode());
    units.add(u);
    if (unitsChanged != null) {
      unitsChanged.fire(new UnitsChanged(code));
    }
    audit.record(caller.username(), "UPDATE", "UNIT", code, code, change.toString());
    return u;
  }

  /**
   * A unit as an import of the org chart names it: created when its code is new, updated through
   * {@link #updateUnit} when its name, level or parent differ, unchanged otherwise. The same checks
   * and audit events as a unit kept by hand.
   */
  public Upserted upsertUnit(Caller caller, UnitData d) {
    requireAdministrator(caller);
    Optional<Unit> existing = units.find(d.code());
    if (existing.isEmpty()) {
      createUnit(caller, d);
      return Upserted.CREATED;
    }
    Unit u = existing.get();
    if (u.name().equals(Text.cleanOrNull(d.name()))
        && u.level() == d.level()
        && Objects.equals(u.parentCode(), d.parentCode())) {
      return Upserted.UNCHANGED;
    }
    updateUnit(caller, u.code(), d, etag(u));
    return Upserted.UPDATED;
  }

  /**
   * A unit's code (when new), name and level, refused as one 400 listing every field: the whole
   * rule, lengths included, so a form that bypasses the API's body checks meets it too.
   */
  private static void validate(UnitData d, boolean isNew) {
    List<FieldError> errors = new ArrayList<>();
    if (isNew && (d.code() == null || d.code().isBlank())) {
      errors.add(new FieldError("code", "validation.unit.code.required"));
    } else if (isNew && !d.code().matches(CODE)) {
      errors.add(new FieldError("code", "validation.unit.code.pattern"));
    }
    String name = Text.cleanOrNull(d.name());
    if (name == null) {
      errors.add(new FieldError("name", "validation.unit.name.required"));
    } else if (name.length() > UNIT_NAME_MAX) {
      errors.add(new FieldError("name", "validation.tooLong", UNIT_NAME_MAX));
    }
    if (d.level() == null) {
      errors.add(new FieldError("level", "validation.unit.level.required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.unit.invalid");
    }
  }

  private void requireParent(String parentCode) {
    if (parentCode != null && units.find(parentCode).isEmpty()) {
      throw new InvalidInput("parentCode", "problem.unit.noParent", parentCode);
    }
  }

  public UnitTree tree() {
    Map<String, String> parents = new HashMap<>();
    units.findAll().forEach(u -> parents.put(u.code(), u.parentCode()));
    return new UnitTree(parents);
  }

  public static String etag(Unit u) {
    return Preconditions.etag("u" + u.code(), u.rowVersion());
  }

  // ---- people

  /**
   * What a list of people is narrowed by; {@code null} or blank: not narrowed. {@code unit}: the
   * people of that unit and of every unit below it; {@code q}: in the username or in the full name
   * folded (case and marks ignored, "nguyen" finds "Nguyễn").
   */
  public record People(String unit, Boolean active, String q) {}

  /** A page of people in username order, filtered and counted in the database. Administrators. */
  public Page<AppUser> listUsers(Caller caller, People filter, PageRequest page) {
    requireAdministrator(caller);
    String unit = Text.cleanOrNull(filter.unit());
    UserRepository.Filter f =
        new UserRepository.Filter(
            unit == null ? null : List.copyOf(tree().subtree(unit)), filter.active(), filter.q());
    return users.page(f, page);
  }

  /**
   * Whether the person may keep units and people: the pages ask here before offering them. Static,
   * so the layout asks it of every page without a transaction.
   */
  public static boolean mayAdminister(Caller caller) {
    return caller.has(Role.ADMIN);
  }

  /** 403 unless {@link #mayAdminister}: this service's own checks and the admin pages' loads. */
  public static void requireAdministrator(Caller caller) {
    if (!mayAdminister(caller)) {
      throw new Forbidden("problem.role.required", List.of(Role.ADMIN).toString());
    }
  }

  public AppUser user(Caller caller, String username) {
    if (!caller.username().equals(username)) {
      requireAdministrator(caller);
    }
    return users
        .findByUsername(username)
        .orElseThrow(() -> new NotFound("problem.user.notFound", username));
  }

  public AppUser createUser(Caller caller, UserData d, String password) {
    requireAdministrator(caller);
    validate(d, password, true, true);
    if (users.findByUsername(d.username()).isPresent()) {
      throw new Conflict("problem.user.duplicate", d.username());
    }
    AppUser u = addUser(d, password);
    audit.record(
        caller.username(),
        "CREATE",
        "USER",
        u.username(),
        u.unitCode(),
        Messages.vi("audit.user.created", u.roles()));
    return u;
  }

  /**
   * A person as an import of the org chart names them, without a password: a new username is
   * created <em>inactive</em> with a password nobody knows, until the administrator sets one and
   * reactivates them (the person's page); an existing one has name, position, unit and roles
   * updated through {@link #updateUser} when they differ — the password and the active state are
   * kept, and the last active administrator is kept as there. The same checks and audit events as a
   * person kept by hand.
   */
  public Upserted upsertPerson(Caller caller, UserData d) {
    requireAdministrator(caller);
    Optional<AppUser> existing =
        d.username() == null ? Optional.empty() : users.findByUsername(d.username());
    if (existing.isEmpty()) {
      validate(d, null, false, true);
      AppUser u = addUserHashed(d, unknownPassword());
      u.update(u.fullName(), u.position(), u.unitCode(), u.roles(), false);
      users.flush();
      audit.record(
          caller.username(),
          "CREATE",
          "USER",
          u.username(),
          u.unitCode(),
          Messages.vi("audit.user.created", u.roles())
              + "; "
              + Messages.vi("audit.user.createdInactive"));
      return Upserted.CREATED;
    }
    AppUser u = existing.get();
    Set<Role> roles = d.roles() == null ? Set.of() : d.roles();
    if (u.fullName().equals(Text.cleanOrNull(d.fullName()))
        && Objects.equals(u.position(), Text.cleanOrNull(d.position()))
        && Objects.equals(u.unitCode(), d.unitCode())
        && u.roles().equals(roles)) {
      return Upserted.UNCHANGED;
    }
    updateUser(
        caller,
        u.username(),
        new UserData(u.username(), d.fullName(), d.position(), d.unitCode(), d.roles(), u.active()),
        null,
        etag(u));
    return Upserted.UPDATED;
  }

  /**
   * The hash of a random password, thrown away at once, that people created by an import hold until
   * the administrator sets theirs: hashed once per instance, not once per person (a hash takes a
   * fifth of a second).
   */
  private String unknownPassword() {
    String h = unknownPasswordHash;
    if (h == null) {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      h = passwords.hash(Base64.getEncoder().encodeToString(secret));
      unknownPasswordHash = h;
    }
    return h;
  }

  private volatile String unknownPasswordHash;

  /** Creates a user without a caller: the first administrator, and the demo people. */
  public AppUser bootstrapUser(UserData d, String password) {
    validate(d, password, true);
    AppUser u = addUser(d, password);
    audit.record(
        "system",
        "CREATE",
        "USER",
        u.username(),
        u.unitCode(),
        Messages.vi("audit.user.created", u.roles()));
    return u;
  }

  private AppUser addUser(UserData d, String password) {
    return addUserHashed(d, passwords.hash(password));
  }

  private AppUser addUserHashed(UserData d, String passwordHash) {
    AppUser u =
        new AppUser(
            d.username(),
            Text.clean(d.fullName()),
            Text.cleanOrNull(d.position()),
            d.unitCode(),
            d.roles(),
            passwordHash,
            time.now());
    users.add(u);
    return u;
  }

  public AppUser updateUser(
      Caller caller, String username, UserData d, String password, String ifMatch) {
    requireAdministrator(caller);
    AppUser u = user(caller, username);
    Preconditions.check(ifMatch, etag(u), true);
    validate(
        new UserData(username, d.fullName(), d.position(), d.unitCode(), d.roles(), d.active()),
        password,
        false);
    keepAnAdministrator(u, d.roles(), d.active() == null || d.active());
    vn.quytrinh.audit.Changes.Builder change =
        vn.quytrinh.audit.Changes.of()
            .field("audit.field.user.fullName", u.fullName(), Text.clean(d.fullName()))
            .field("audit.field.user.position", u.position(), Text.cleanOrNull(d.position()))
            .field("audit.field.user.unit", u.unitCode(), d.unitCode())
            .field(
                "audit.field.user.roles",
                new java.util.TreeSet<>(u.roles()),
                new java.util.TreeSet<>(d.roles()))
            .field("audit.field.user.active", u.active(), d.active() == null || d.active());
    u.update(
        Text.clean(d.fullName()),
        Text.cleanOrNull(d.position()),
        d.unitCode(),
        d.roles(),
        d.active() == null || d.active());
    if (password != null) {
      u.changePasswordHash(passwords.hash(password));
    }
    users.flush();
    if (personChanged != null) {
      personChanged.fire(new PersonChanged(username));
    }
    audit.record(
        caller.username(),
        "UPDATE",
        "USER",
        username,
        u.unitCode(),
        change + (password != null ? "; " + Messages.vi("audit.user.passwordChanged") : ""));
    return u;
  }

  // ---- what a person changes for themselves

  /** The signed-in person's own record; nobody reaches another's through these calls. */
  private AppUser own(Caller caller) {
    return users
        .findByUsername(caller.username())
        .filter(AppUser::active)
        .orElseThrow(() -> new NotFound("problem.user.notFound", caller.username()));
  }

  /** The person's own record, as {@code GET /me} shows it with its ETag. */
  public AppUser me(Caller caller) {
    return own(caller);
  }

  /** The language the person chose for the interface (Vietnamese until they choose). */
  public InterfaceLanguage language(Caller caller) {
    return own(caller).language();
  }

  /**
   * The person chooses the language of their interface, for themselves only: it is theirs, applied
   * whenever they sign in. A preference, not a change to who may do what: it ends no session and is
   * not an audit event (the trail's follower would take a {@code USER} event for a change of
   * access).
   */
  public AppUser chooseLanguage(Caller caller, InterfaceLanguage language, String ifMatch) {
    if (language == null) {
      throw new InvalidInput("language", "validation.user.language");
    }
    AppUser u = own(caller);
    Preconditions.check(ifMatch, etag(u), true);
    u.chooseLanguage(language);
    users.flush();
    return u;
  }

  /**
   * The person changes their own password: the current one proves who they are (403 when wrong, and
   * nothing changes), the new one follows the password rule and differs from the current one. The
   * effects are those of any new password: cached credentials forgotten, every other session of the
   * person ended on every instance, one audit event. The session the change was made from ({@code
   * keepSession}, null from the API) stays signed in.
   */
  public AppUser changeOwnPassword(
      Caller caller, String currentPassword, String newPassword, String keepSession) {
    AppUser u = own(caller);
    if (!passwordOf(u, currentPassword)) {
      throw new Forbidden("problem.user.currentPasswordWrong");
    }
    PasswordPolicy.problem(newPassword, u.username())
        .ifPresent(
            p -> {
              throw new InvalidInput(List.of(new FieldError("newPassword", p)));
            });
    if (newPassword.equals(currentPassword)) {
      throw new InvalidInput("newPassword", "validation.password.unchanged");
    }
    u.changePasswordHash(passwords.hash(newPassword));
    users.flush();
    audit.record(
        caller.username(),
        "UPDATE",
        "USER",
        u.username(),
        u.unitCode(),
        Messages.vi("audit.user.ownPasswordChanged"));
    if (personChanged != null) {
      personChanged.fire(
          keepSession == null
              ? new PersonChanged(u.username())
              : new PersonChanged(u.username(), keepSession, audit.headSeq()));
    }
    return u;
  }

  /**
   * Refuses a change that would leave no active administrator — deactivating or demoting the last
   * one, oneself included — also when two such changes race: the check counts under the row locks
   * of the active administrators.
   */
  private void keepAnAdministrator(AppUser u, Set<Role> roles, boolean active) {
    boolean removesAnAdmin =
        u.active()
            && u.roles().contains(Role.ADMIN)
            && (!active || roles == null || !roles.contains(Role.ADMIN));
    if (removesAnAdmin && users.lockAndCountOtherActiveAdmins(u.id()) == 0) {
      throw new Conflict("problem.user.lastAdministrator");
    }
  }

  /** Usernames of the people of a unit (not of the units below it), in username order. */
  public List<String> listUsersIn(String unitCode) {
    return users
        .list(new UserRepository.Filter(List.of(unitCode), null, null), 0, Integer.MAX_VALUE)
        .stream()
        .map(AppUser::username)
        .toList();
  }

  public long userCount() {
    return users.count();
  }

  public Optional<AppUser> findUser(String username) {
    return users.findByUsername(username);
  }

  public static String etag(AppUser u) {
    return Preconditions.etag("p" + u.id(), u.rowVersion());
  }

  private void validate(UserData d, String password, boolean passwordRequired) {
    validate(d, password, passwordRequired, false);
  }

  /**
   * The whole rule of a person's record, lengths included (the API's bodies say the same, but a web
   * form reaches here without them), refused as one 400 listing every field. {@code newUsername}: a
   * person created by an administrator, whose username must be well made.
   */
  private void validate(
      UserData d, String password, boolean passwordRequired, boolean newUsername) {
    List<FieldError> errors = new ArrayList<>();
    if (newUsername && (d.username() == null || d.username().isBlank())) {
      errors.add(new FieldError("username", "validation.user.username.required"));
    } else if (newUsername && !d.username().matches(USERNAME)) {
      errors.add(new FieldError("username", "validation.user.username.pattern"));
    }
    String fullName = Text.cleanOrNull(d.fullName());
    if (fullName == null) {
      errors.add(new FieldError("fullName", "validation.user.fullName.required"));
    } else if (fullName.length() > PERSON_TEXT_MAX) {
      errors.add(new FieldError("fullName", "validation.tooLong", PERSON_TEXT_MAX));
    }
    String position = Text.cleanOrNull(d.position());
    if (position != null && position.length() > PERSON_TEXT_MAX) {
      errors.add(new FieldError("position", "validation.tooLong", PERSON_TEXT_MAX));
    }
    if (passwordRequired || password != null) {
      PasswordPolicy.problem(password, d.username())
          .ifPresent(p -> errors.add(new FieldError("password", p)));
    }
    Set<Role> roles =
        d.roles() == null || d.roles().isEmpty()
            ? EnumSet.noneOf(Role.class)
            : EnumSet.copyOf(d.roles());
    if (roles.isEmpty()) {
      errors.add(new FieldError("roles", "validation.user.roles.required"));
    }
    if (roles.contains(Role.ADMIN)
        && (roles.contains(Role.COORDINATOR)
            || roles.contains(Role.REVIEWER)
            || roles.contains(Role.APPROVER))) {
      errors.add(new FieldError("roles", "validation.user.roles.adminAlone"));
    }
    if (d.unitCode() == null) {
      if (!roles.isEmpty() && !Role.PROVINCE_WIDE.containsAll(roles)) {
        errors.add(new FieldError("unitCode", "validation.user.unit.required"));
      }
    } else if (units.find(d.unitCode()).isEmpty()) {
      errors.add(new FieldError("unitCode", "problem.unit.notFound", d.unitCode()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.user.invalid");
    }
  }

  // ---- who is calling

  /**
   * Re-checks a password for a signature: the person must prove who they are again. Throttled and
   * counted as sign-ins are (429 while the source is held back).
   */
  public boolean verifyPassword(String username, String password) {
    return users
        .findByUsername(username)
        .filter(AppUser::active)
        .filter(u -> passwordOf(u, password))
        .isPresent();
  }

  /**
   * Whether {@code password} is the signed-in person's: one guess through {@link PasswordGuesses},
   * refused without hashing while the source has guessed wrong too often, a wrong one counted as a
   * failed sign-in.
   */
  private boolean passwordOf(AppUser u, String password) {
    return guesses.guess(
        u.username(), () -> password != null && passwords.matches(password, u.passwordHash()));
  }

  /** What sign-in needs of an active person, in one read: the stored hash and the caller. */
  public record Account(String passwordHash, Caller caller) {}

  public Optional<Account> account(String username) {
    return users
        .findByUsername(username)
        .filter(AppUser::active)
        .map(u -> new Account(u.passwordHash(), callerOf(u)));
  }

  public Optional<Caller> caller(String username) {
    return users.findByUsername(username).filter(AppUser::active).map(this::callerOf);
  }

  private Caller callerOf(AppUser u) {
    boolean all = u.roles().stream().anyMatch(Role.PROVINCE_WIDE::contains);
    Set<String> scope = u.unitCode() == null ? Set.of() : tree().subtree(u.unitCode());
    return new Caller(
        u.username(), u.fullName(), u.position(), u.unitCode(), u.roles(), scope, all);
  }
}
