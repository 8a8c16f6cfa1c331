package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.i18n.Labelled;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.text.Text;

/**
 * The units of an org chart (CSV or XLSX: code, name, level, parent's code), each upserted by the
 * org service ({@link OrgService#upsertUnit}) as an administrator would keep it by hand. A parent
 * may stand below its children in the file: rows are written parents first. A row whose parent is
 * neither in the file nor in the system, or that is its own ancestor through the file's parents, is
 * refused with the reason. A column the file lacks (level, parent) keeps what an existing unit has.
 */
@ApplicationScoped
public class UnitImporter implements Importer {

  private static final Map<String, UnitLevel> LEVELS = names(UnitLevel.values());

  private OrgService org;

  @Inject
  public UnitImporter(OrgService org) {
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected UnitImporter() {}

  @Override
  public String entity() {
    return "UNIT";
  }

  @Override
  public void requireImporter(Caller c) {
    OrgService.requireAdministrator(c);
  }

  /** A row read: its line, the unit it names, and its parent's code when the file says one. */
  private record Named(int line, String code, String parent, Supplier<OrgService.UnitData> data) {}

  @Override
  public void read(ImportRun run, Upload file) {
    Table t = TableReader.read(file.body(), file.mediaType(), Columns.UNITS);
    t.requireColumns("code", "name");
    run.read(t.rows().size());
    boolean hasLevel = t.headers().contains("level");
    boolean hasParent = t.headers().contains("parent");
    Set<String> inFile = new HashSet<>();
    t.rows().forEach(r -> inFile.add(r.get("code")));
    Map<String, Named> byCode = new LinkedHashMap<>();
    for (Table.Row r : t.rows()) {
      try {
        String code = r.get("code");
        if (code == null) {
          throw new InvalidInput("code", "validation.unit.code.required");
        }
        UnitLevel level = hasLevel ? level(r.get("level")) : null;
        String parent = hasParent ? r.get("parent") : null;
        if (parent != null && !inFile.contains(parent) && !org.unitExists(parent)) {
          throw new InvalidInput("parentCode", "problem.import.unknownParent", parent);
        }
        run.requireFirst(code, "text.import.duplicateUnit", code);
        byCode.put(
            code,
            new Named(
                r.line(),
                code,
                parent,
                () -> {
                  // what the file leaves out, an existing unit keeps
                  Unit now = org.unitExists(code) ? org.unit(code) : null;
                  return new OrgService.UnitData(
                      code,
                      r.get("name"),
                      hasParent || now == null ? parent : now.parentCode(),
                      hasLevel || now == null ? level : now.level());
                }));
      } catch (ProblemException e) {
        run.reject(r.line(), e);
      }
    }
    for (Named n : parentsFirst(byCode, run)) {
      run.row(
          n.line(),
          () ->
              new ImportRun.Read(
                  n.code(),
                  () ->
                      ImportRun.Outcome.of(
                          fieldByField(() -> org.upsertUnit(run.caller(), n.data().get())))));
    }
  }

  /**
   * The rows in an order where every parent named in the file comes before its children. A row that
   * is its own ancestor through the file's parents is refused, with the loop as its reason; the
   * rows below such a loop follow, and are refused when they are written if their parent does not
   * exist.
   */
  private static List<Named> parentsFirst(Map<String, Named> byCode, ImportRun run) {
    List<Named> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Set<String> looped = new HashSet<>();
    for (String start : byCode.keySet()) {
      List<String> path = new ArrayList<>();
      Set<String> onPath = new LinkedHashSet<>();
      String at = start;
      while (at != null && byCode.containsKey(at) && !done.contains(at)) {
        if (!onPath.add(at)) {
          List<String> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
          loop.add(at);
          String shown = String.join(" → ", loop);
          for (String c : loop.subList(0, loop.size() - 1)) {
            looped.add(c);
            run.reject(
                byCode.get(c).line(),
                new InvalidInput("parentCode", "problem.import.unitCycle", c, shown));
          }
          break;
        }
        path.add(at);
        at = byCode.get(at).parent();
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        String c = path.get(i);
        if (done.add(c) && !looped.contains(c)) {
          order.add(byCode.get(c));
        }
      }
    }
    return order;
  }

  /**
   * The level as written: its name ({@code XA}) or its label in Vietnamese or English ("Cấp xã",
   * "Commune"), case, diacritics and a leading "Cấp" aside.
   */
  static UnitLevel level(String text) {
    if (text == null) {
      return null;
    }
    UnitLevel l = LEVELS.get(spelling(text));
    if (l == null) {
      throw new InvalidInput("level", "problem.import.unknownUnitLevel", text);
    }
    return l;
  }

  /** How names and labels compare: folded, without remarks in parentheses or punctuation. */
  static String spelling(String text) {
    String f = Text.fold(text).replaceAll("\\([^)]*\\)?", " ").replaceAll("[^a-z0-9]+", " ");
    f = f.strip();
    return f.startsWith("cap ") ? f.substring(4) : f;
  }

  /**
   * Every way of writing each constant: its name, its labels in both languages, and its label on
   * the pages ({@code <prefix>.<NAME>} in the pages' bundles), when given.
   */
  static <E extends Enum<E> & Labelled> Map<String, E> names(E[] values, String... pagePrefix) {
    List<Properties> pages = new ArrayList<>();
    if (pagePrefix.length > 0) {
      for (String lang : List.of("vi", "en")) {
        pages.add(pageBundle(lang));
      }
    }
    Map<String, E> out = new HashMap<>();
    for (E v : values) {
      List<String> spellings = new ArrayList<>();
      spellings.add(v.name());
      spellings.add(v.label(Messages.VI));
      spellings.add(v.label(Messages.EN));
      for (Properties p : pages) {
        String label = p.getProperty(pagePrefix[0] + "." + v.name());
        if (label != null) {
          spellings.add(label);
        }
      }
      for (String s : spellings) {
        E before = out.putIfAbsent(spelling(s), v);
        if (before != null && before != v) {
          throw new IllegalStateException(s + " names both " + before + " and " + v);
        }
      }
    }
    return Map.copyOf(out);
  }

  private static Properties pageBundle(String lang) {
    Properties p = new Properties();
    String name = "vn/quytrinh/web/ui_" + lang + ".properties";
    try (var in = UnitImporter.class.getClassLoader().getResourceAsStream(name)) {
      if (in != null) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }

  /**
   * A service call whose refusal names the fields at fault ("Thông tin người dùng không hợp lệ"),
   * refused instead with the fields' own reasons, so that the report says what to correct.
   */
  static <T> T fieldByField(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInput e) {
      if (e.errors().isEmpty()) {
        throw e;
      }
      Message m = e.errors().get(0).message();
      for (int i = 1; i < e.errors().size(); i++) {
        m = Message.of("problem.import.andThen", m, e.errors().get(i).message());
      }
      throw new InvalidInput(e.errors(), m.key(), m.args().toArray());
    }
  }
}
