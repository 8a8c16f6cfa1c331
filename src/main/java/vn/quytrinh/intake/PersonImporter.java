package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * The people of an org chart (CSV or XLSX: username, full name, position, unit's code, roles), each
 * upserted by the org service ({@link OrgService#upsertPerson}) as an administrator would keep them
 * by hand. A file holds no password: a new person is created inactive, with a password nobody
 * knows, until the administrator sets one and reactivates them; an existing one keeps password and
 * state. Roles are separated by commas, each its name ({@code REVIEWER}) or its label ("Người xem
 * xét", "Xem xét", "Reviewer"). A column the file lacks (position, unit, roles) keeps what an
 * existing person has.
 */
@ApplicationScoped
public class PersonImporter implements Importer {

  private static final Map<String, Role> ROLES = UnitImporter.names(Role.values(), "role");

  private OrgService org;

  @Inject
  public PersonImporter(OrgService org) {
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected PersonImporter() {}

  @Override
  public String entity() {
    return "USER";
  }

  @Override
  public void requireImporter(Caller c) {
    OrgService.requireAdministrator(c);
  }

  @Override
  public void read(ImportRun run, Upload file) {
    Table t = TableReader.read(file.body(), file.mediaType(), Columns.PEOPLE);
    t.requireColumns("username", "fullName");
    run.read(t.rows().size());
    boolean hasPosition = t.headers().contains("position");
    boolean hasUnit = t.headers().contains("unit");
    boolean hasRoles = t.headers().contains("roles");
    for (Table.Row r : t.rows()) {
      run.row(
          r.line(),
          () -> {
            String cell = r.get("username");
            if (cell == null) {
              throw new InvalidInput("username", "validation.user.username.required");
            }
            // a spreadsheet may capitalise the first letter; usernames are lower case
            String username = cell.toLowerCase(Locale.ROOT);
            Set<Role> roles = hasRoles ? roles(r.get("roles")) : null;
            run.requireFirst(username, "text.import.duplicatePerson", username);
            return new ImportRun.Read(
                username,
                () -> {
                  // what the file leaves out, an existing person keeps
                  AppUser now = org.findUser(username).orElse(null);
                  OrgService.UserData d =
                      new OrgService.UserData(
                          username,
                          r.get("fullName"),
                          hasPosition || now == null ? r.get("position") : now.position(),
                          hasUnit || now == null ? r.get("unit") : now.unitCode(),
                          hasRoles || now == null ? roles : now.roles(),
                          null);
                  Upserted done =
                      UnitImporter.fieldByField(() -> org.upsertPerson(run.caller(), d));
                  if (done == Upserted.CREATED) {
                    run.note(Message.of("text.import.peopleInactive"));
                  }
                  return ImportRun.Outcome.of(done);
                });
          });
    }
  }

  /** "Thư ký ISO, Người xem xét", "COORDINATOR; REVIEWER": none is an empty set. */
  static Set<Role> roles(String text) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    if (text == null) {
      return out;
    }
    for (String part : text.split("[,;\\n]")) {
      if (part.isBlank()) {
        continue;
      }
      Role role = ROLES.get(UnitImporter.spelling(part));
      if (role == null) {
        throw new InvalidInput("roles", "problem.import.unknownRole", part.strip());
      }
      out.add(role);
    }
    return out;
  }
}
