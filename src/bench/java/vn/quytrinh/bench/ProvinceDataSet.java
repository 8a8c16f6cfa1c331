package vn.quytrinh.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import vn.quytrinh.document.Canonical;
import vn.quytrinh.document.DocumentCode;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.SignedContent;
import vn.quytrinh.legal.Citations;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalRelation;
import vn.quytrinh.legal.Validity;

/**
 * The province-scale data set of {@code docs/quality.md}, generated deterministically from a seed
 * (same seed and sizes, same rows, byte for byte) and written with plain JDBC batches straight into
 * the Flyway-migrated schema: units, the legal registry with its guidance chains, amendments and
 * replacements, TTHC with their legal basis, controlled procedures with their versions and the
 * citations of each version.
 *
 * <p>Two decrees are planted for the impact bench: {@link #BIG_DECREE}, cited by exactly {@code
 * bigHits} procedure versions, and {@link #SMALL_DECREE}, cited by exactly {@code smallHits}. Both
 * have the same shape otherwise (a guidance chain three deep below them, a few TTHC resting on
 * them, ten times fewer for the small one), so that what the engine does for them differs only in
 * the number of rows hit. Every citing version is the latest version of an active document, so each
 * one is live and hit.
 */
public final class ProvinceDataSet {

  public static final String BIG_DECREE = "100/2020/NĐ-CP";
  public static final String SMALL_DECREE = "47/2021/NĐ-CP";
  public static final long DEFAULT_SEED = 20_250_115L;

  /**
   * Where the application's id sequence restarts after a load: EclipseLink preallocates 50 at a
   * time and hands out the 49 values below the one it fetched, all far above every id written.
   */
  public static final long SEQUENCE_RESTART = 1_000_000L;

  static final String PROVINCE = "tỉnh Sơn Hà";
  static final String PROVINCE_SUFFIX = ".000.00.00.H55";
  static final String LOADER = "bench";

  /**
   * How big: {@link #province()} is the province of quality.md; {@link #national()} the national
   * installation of issue 12 (35 such provinces). {@code departments} and {@code communes} are per
   * province; {@code tthc} and {@code legalDocuments} are one catalogue and one registry for all;
   * {@code documents} and the hits are in all. {@code trail}: whether the years of audit history
   * are written too (the national set leaves them out: seven million events that no impact bench
   * reads).
   */
  public record Sizes(
      int provinces,
      int departments,
      int communes,
      int tthc,
      int legalDocuments,
      int documents,
      int bigHits,
      int smallHits,
      boolean trail) {

    public static Sizes province() {
      return new Sizes(1, 30, 89, 2_000, 3_000, 20_000, 5_000, 500, true);
    }

    /** 35 provinces of the province's shape: 700,000 procedures, a decree cited by 175,000. */
    public static Sizes national() {
      return new Sizes(35, 30, 89, 2_000, 3_000, 700_000, 175_000, 5_000, false);
    }

    public int units() {
      return provinces * (1 + departments + communes);
    }
  }

  /**
   * A planted decree: the versions and TTHC citing it, the documents hanging on it through its
   * chain, and how many documents an amendment of it must flag (known here, independently of the
   * engine).
   */
  public record Planted(
      long legalId,
      String number,
      String numberKey,
      int citingVersions,
      int citationRows,
      int citingTthc,
      int chainDepth,
      int documentsCitingChain,
      int expectedFlags) {}

  public record Result(
      long seed,
      Sizes sizes,
      Map<String, Long> rows,
      int maxChainDepth,
      Map<String, Integer> relationKinds,
      Planted big,
      Planted small,
      long millis) {}

  // ---------------------------------------------------------------- the vocabulary

  private static final String[][] DEPARTMENTS = {
    {"STP", "Sở Tư pháp"},
    {"STC", "Sở Tài chính"},
    {"SNV", "Sở Nội vụ"},
    {"SXD", "Sở Xây dựng"},
    {"SCT", "Sở Công Thương"},
    {"SYT", "Sở Y tế"},
    {"SGDDT", "Sở Giáo dục và Đào tạo"},
    {"SNNMT", "Sở Nông nghiệp và Môi trường"},
    {"SKHCN", "Sở Khoa học và Công nghệ"},
    {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"},
    {"SDTTG", "Sở Dân tộc và Tôn giáo"},
    {"SNGV", "Sở Ngoại vụ"},
    {"TTR", "Thanh tra tỉnh"},
    {"VPUB", "Văn phòng Ủy ban nhân dân tỉnh"},
    {"BQLKCN", "Ban Quản lý các khu công nghiệp"},
    {"TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh"},
    {"BHXH", "Bảo hiểm xã hội tỉnh"},
    {"CCKL", "Chi cục Kiểm lâm"},
    {"CCTL", "Chi cục Thủy lợi"},
    {"CCTS", "Chi cục Thủy sản"},
    {"CCBVMT", "Chi cục Bảo vệ môi trường"},
    {"CCQLDD", "Chi cục Quản lý đất đai"},
    {"CCDS", "Chi cục Dân số"},
    {"CCATVSTP", "Chi cục An toàn vệ sinh thực phẩm"},
    {"CCPTNT", "Chi cục Phát triển nông thôn"},
    {"BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh"},
    {"VPDKDD", "Văn phòng Đăng ký đất đai tỉnh"},
    {"TTTGPL", "Trung tâm Trợ giúp pháp lý"},
    {"TTDVVL", "Trung tâm Dịch vụ việc làm"},
    {"QPTDN", "Quỹ Phát triển đất"},
  };

  private static final String[] PLACE_A = {
    "Tân", "Phú", "Bình", "An", "Hòa", "Thạnh", "Long", "Đông", "Tây", "Nam", "Bắc", "Vĩnh",
    "Phước", "Hưng", "Quảng", "Xuân", "Thuận", "Mỹ", "Trung", "Kim"
  };
  private static final String[] PLACE_B = {
    "Hòa", "Lộc", "Thành", "Lợi", "Phong", "Sơn", "Hải", "Lâm", "Điền", "Khánh", "Tiến", "Thịnh",
    "Hiệp", "Phát", "Quý", "Yên", "Hà", "Giang", "Cường", "Định"
  };

  private static final String[] FIELDS = {
    "Hộ tịch",
    "Chứng thực",
    "Đất đai",
    "Xây dựng",
    "Thành lập và hoạt động của hộ kinh doanh",
    "Bảo trợ xã hội",
    "Người có công",
    "Giáo dục và Đào tạo",
    "Y tế dự phòng",
    "Văn hóa cơ sở",
    "Thi đua, khen thưởng",
    "Tín ngưỡng, tôn giáo",
    "Trồng trọt",
    "Môi trường",
    "Đường bộ",
    "Lao động, tiền lương",
    "Lưu thông hàng hóa trong nước",
    "Tài nguyên nước",
    "Phòng, chống thiên tai",
    "Nuôi con nuôi",
  };
  private static final String[] ACTIONS = {
    "Cấp",
    "Cấp lại",
    "Cấp đổi",
    "Đăng ký",
    "Điều chỉnh",
    "Gia hạn",
    "Thu hồi",
    "Xác nhận",
    "Công nhận",
    "Thẩm định",
    "Phê duyệt",
    "Giải quyết"
  };
  private static final String[] OBJECTS = {
    "giấy phép",
    "giấy chứng nhận",
    "hồ sơ đề nghị hưởng trợ cấp",
    "khai sinh",
    "kết hôn",
    "khai tử",
    "bản sao từ bản chính",
    "giấy phép xây dựng nhà ở riêng lẻ",
    "quyền sử dụng đất",
    "hộ kinh doanh",
    "danh hiệu gia đình văn hóa",
    "chế độ ưu đãi",
    "kế hoạch bảo vệ môi trường",
    "hoạt động tín ngưỡng",
    "đề án",
  };
  private static final String[] MINISTRIES = {
    "BTP", "BTC", "BNV", "BXD", "BYT", "BCT", "BGDĐT", "BLĐTBXH", "BTNMT", "BNNPTNT", "BKHĐT",
    "BCA", "BVHTTDL", "BTTTT", "NHNN", "BKHCN", "BGTVT"
  };
  private static final String[] CV_UNITS = {"KSTT", "VP", "NC", "KT", "TH", "NNMT"};

  /** The kinds of legal document and where they sit: level 0 laws … level 4 provincial acts. */
  private enum Spec {
    LAW(LegalDocumentType.LUAT, 0, "Quốc hội", 2008, 110),
    CODE(LegalDocumentType.BO_LUAT, 0, "Quốc hội", 2012, 5),
    NQ_QH(LegalDocumentType.NGHI_QUYET, 0, "Quốc hội", 2012, 25),
    DECREE(LegalDocumentType.NGHI_DINH, 1, "Chính phủ", 2010, 600),
    QD_TTG(LegalDocumentType.QUYET_DINH, 1, "Thủ tướng Chính phủ", 2010, 140),
    CIRCULAR(LegalDocumentType.THONG_TU, 2, null, 2012, -1),
    JOINT(LegalDocumentType.THONG_TU_LIEN_TICH, 2, null, 2010, 40),
    NQ_HDND(LegalDocumentType.NGHI_QUYET, 3, "Hội đồng nhân dân " + PROVINCE, 2016, 80),
    QD_UBND(LegalDocumentType.QUYET_DINH, 3, "Ủy ban nhân dân " + PROVINCE, 2016, 320),
    QD_ADMIN(LegalDocumentType.QUYET_DINH, 4, "Ủy ban nhân dân " + PROVINCE, 2018, 500),
    CT(LegalDocumentType.CHI_THI, 4, "Ủy ban nhân dân " + PROVINCE, 2018, 40),
    KH(LegalDocumentType.KE_HOACH, 4, "Ủy ban nhân dân " + PROVINCE, 2018, 150),
    CV(LegalDocumentType.CONG_VAN, 4, "Ủy ban nhân dân " + PROVINCE, 2020, 60);

    final LegalDocumentType type;
    final int level;
    final String issuer;
    final int fromYear;
    final int count;

    Spec(LegalDocumentType type, int level, String issuer, int fromYear, int count) {
      this.type = type;
      this.level = level;
      this.issuer = issuer;
      this.fromYear = fromYear;
      this.count = count;
    }
  }

  // ---------------------------------------------------------------- the model being built

  static final class Legal {
    long id;
    String number;
    String key;
    String identity;
    LegalDocumentType type;
    String issuer;
    String title;
    LocalDate signed;
    LocalDate effective;
    int level;
    boolean planted;
  }

  record Relation(long id, Legal acting, Legal target, String kind, String articles) {}

  record Unit(String code, String abbr, String name, String parent, String level, int province) {}

  static final class TthcPlan {
    String code;
    boolean commune;
    String department; // the SO carrying a province-level TTHC
    String field;
    String name;
    final List<Cite> basis = new ArrayList<>();
  }

  static final class DocPlan {
    long id;
    Unit unit;
    int seq;
    final List<TthcPlan> tthc = new ArrayList<>();
    boolean suffixed;
    boolean obsolete;
    int versions;
    boolean lastDraft;
    final List<Cite> planted = new ArrayList<>();
  }

  /** One citation as written in content: the number as typed, article, clause, point. */
  record Cite(String written, String article, String clause, String point) {}

  private final SplittableRandom rnd;
  private final Sizes sizes;
  private final List<Unit> units = new ArrayList<>();
  private final List<Unit> departments = new ArrayList<>();
  private final List<Unit> communes = new ArrayList<>();
  private final List<Legal> legal = new ArrayList<>();
  private final Set<String> identities = new HashSet<>();
  private final Set<String> keys = new HashSet<>();
  private final Set<String> plantedKeys = new HashSet<>();
  private final List<Relation> relations = new ArrayList<>();
  private final Set<String> relationKeys = new HashSet<>();
  private final List<TthcPlan> tthc = new ArrayList<>();
  private final List<DocPlan> docs = new ArrayList<>();
  private final List<List<Legal>> byLevel = new ArrayList<>();
  private List<Legal> citable;
  private Legal bigDecree;
  private Legal smallDecree;
  private final List<Legal> bigChain = new ArrayList<>();
  private final List<Legal> smallChain = new ArrayList<>();
  private final Map<String, Integer> relationKinds = new LinkedHashMap<>();
  private Planted big;
  private Planted small;

  private ProvinceDataSet(long seed, Sizes sizes) {
    this.rnd = new SplittableRandom(seed);
    this.sizes = sizes;
  }

  /** The plan alone: what {@link #generate} writes, with the planted decrees known. */
  private static ProvinceDataSet planned(long seed, Sizes sizes) {
    ProvinceDataSet g = new ProvinceDataSet(seed, sizes);
    g.planUnits();
    g.planLegal();
    g.planRelations();
    g.planTthc();
    g.planDocuments();
    g.big = g.plant(g.bigDecree, g.bigChain, sizes.bigHits(), 1.0);
    g.small =
        g.plant(g.smallDecree, g.smallChain, sizes.smallHits(), sizes.smallHits() * 1.0 / 5_000);
    return g;
  }

  /**
   * What a database generated earlier with the same seed and sizes holds, without writing: the rows
   * as counted in {@code c}, the planted decrees as planned (the plan is deterministic).
   */
  public static Result planOf(Connection c, long seed, Sizes sizes) throws SQLException {
    ProvinceDataSet g = planned(seed, sizes);
    return new Result(seed, sizes, rows(c), g.maxChainDepth(), g.relationKinds, g.big, g.small, 0);
  }

  /** Writes the data set into an empty, migrated schema; commits as it goes. */
  public static Result generate(Connection c, long seed, Sizes sizes) throws SQLException {
    long t0 = System.nanoTime();
    ProvinceDataSet g = planned(seed, sizes);
    Planted big = g.big;
    Planted small = g.small;
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      g.writeUnits(c);
      g.writeLegal(c);
      g.writeTthc(c);
      g.writeDocuments(c);
      g.writePeople(c);
      if (sizes.trail()) {
        g.writeAudit(c, seed);
      }
      try (Statement s = c.createStatement()) {
        s.execute("ALTER SEQUENCE qt_seq RESTART WITH " + SEQUENCE_RESTART);
      }
      c.commit();
    } finally {
      c.setAutoCommit(auto);
    }
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
    return new Result(
        seed,
        sizes,
        rows(c),
        g.maxChainDepth(),
        g.relationKinds,
        big,
        small,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private static Map<String, Long> rows(Connection c) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : TABLES.keySet()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rs.next();
        rows.put(table, rs.getLong(1));
      }
    }
    return rows;
  }

  // ---------------------------------------------------------------- units

  /**
   * The first province is the one of quality.md, its codes as they always were ({@code UBND-T},
   * {@code SO-STP}, {@code XA-001}); the others' codes start with {@code T02-} to {@code T35-}.
   */
  private void planUnits() {
    List<String> names = new ArrayList<>();
    for (String a : PLACE_A) {
      for (String b : PLACE_B) {
        if (!a.equals(b)) {
          names.add(a + " " + b);
        }
      }
    }
    shuffle(names);
    for (int p = 0; p < sizes.provinces(); p++) {
      String prefix = p == 0 ? "" : String.format("T%02d-", p + 1);
      String root = prefix + "UBND-T";
      units.add(
          new Unit(root, prefix + "UBT", "Ủy ban nhân dân " + provinceName(p), null, "TINH", p));
      for (int i = 0; i < sizes.departments(); i++) {
        String[] d = DEPARTMENTS[i % DEPARTMENTS.length];
        String abbr =
            d[0] + (i < DEPARTMENTS.length ? "" : Integer.toString(i / DEPARTMENTS.length));
        Unit u =
            new Unit(
                prefix + "SO-" + abbr,
                p == 0 ? abbr : abbr + "." + prefix.substring(0, 3),
                d[1] + (p == 0 ? "" : " " + provinceName(p)),
                root,
                "SO",
                p);
        units.add(u);
        departments.add(u);
      }
      for (int i = 0; i < sizes.communes(); i++) {
        String code = prefix + String.format("XA-%03d", i + 1);
        Unit u =
            new Unit(
                code,
                code,
                "Ủy ban nhân dân xã " + names.get((i + p * 7) % names.size()),
                root,
                "XA",
                p);
        units.add(u);
        communes.add(u);
      }
    }
  }

  /**
   * The first province is {@link #PROVINCE}; the others are named after places of the list, each
   * name its own (up to 400 provinces).
   */
  private static String provinceName(int p) {
    int n = PLACE_B.length;
    return p == 0
        ? PROVINCE
        : "tỉnh " + PLACE_B[p % n] + " " + PLACE_A[(p % n + p / n) % PLACE_A.length];
  }

  /** The suffix of a province's instance of a TTHC: the first province's H55, then H01 upwards. */
  private static String provinceSuffix(int p) {
    return p == 0 ? PROVINCE_SUFFIX : String.format(".000.00.00.H%02d", p);
  }

  // ---------------------------------------------------------------- legal registry

  private void planLegal() {
    for (int l = 0; l <= 4; l++) {
      byLevel.add(new ArrayList<>());
    }
    // the planted decrees and their chains: decree ← circular guides it ← provincial decision
    // based on the circular ← plan based on the decision (three deep)
    for (String n : List.of(BIG_DECREE, SMALL_DECREE)) {
      String key = LegalDocumentNumber.parse(n).key();
      identities.add(key);
      keys.add(key);
      plantedKeys.add(key);
    }
    bigDecree =
        planted(
            BIG_DECREE,
            LegalDocumentType.NGHI_DINH,
            "Chính phủ",
            "Nghị định quy định chi tiết một số điều và biện pháp thi hành về hộ tịch, chứng thực",
            LocalDate.of(2020, 8, 28),
            1);
    smallDecree =
        planted(
            SMALL_DECREE,
            LegalDocumentType.NGHI_DINH,
            "Chính phủ",
            "Nghị định quy định về thủ tục hành chính trong lĩnh vực người có công",
            LocalDate.of(2021, 4, 1),
            1);
    chainBelow(bigDecree, bigChain);
    chainBelow(smallDecree, smallChain);

    int fixed = 0;
    for (Spec s : Spec.values()) {
      fixed += Math.max(0, s.count);
    }
    int circulars = sizes.legalDocuments() - legal.size() - fixed;
    if (circulars < 0) {
      throw new IllegalArgumentException("legalDocuments too small: " + sizes.legalDocuments());
    }
    for (Spec s : Spec.values()) {
      int n = s.count < 0 ? circulars : s.count;
      for (int i = 0; i < n; i++) {
        Legal d = random(s, null, false);
        add(d);
      }
    }
    for (List<Legal> level : byLevel) {
      level.sort(java.util.Comparator.comparing((Legal d) -> d.signed));
    }
    // citable documents, laws and decrees first, shuffled within a level: a skewed draw over this
    // list makes a few laws and decrees cited by thousands of procedures, as in real life
    citable = new ArrayList<>();
    for (int l = 0; l <= 4; l++) {
      List<Legal> level = new ArrayList<>(byLevel.get(l));
      shuffle(level);
      citable.addAll(level);
    }
  }

  private Legal planted(
      String number,
      LegalDocumentType type,
      String issuer,
      String title,
      LocalDate signed,
      int level) {
    Legal d = new Legal();
    LegalDocumentNumber n = LegalDocumentNumber.parse(number);
    d.number = n.value();
    d.key = n.key();
    d.identity = LegalDocument.identityKey(n, issuer, signed);
    d.type = type;
    d.issuer = issuer;
    d.title = title;
    d.signed = signed;
    d.effective = signed.plusDays(45);
    d.level = level;
    d.planted = true;
    d.id = legal.size() + 1;
    legal.add(d);
    return d;
  }

  private void chainBelow(Legal decree, List<Legal> chain) {
    int year = decree.signed.getYear();
    Legal circular = random(Spec.CIRCULAR, year + 1, true);
    Legal decision = random(Spec.QD_UBND, year + 2, true);
    Legal plan = random(Spec.KH, year + 3, true);
    for (Legal d : List.of(circular, decision, plan)) {
      d.planted = true;
      d.id = legal.size() + 1;
      legal.add(d);
      chain.add(d);
    }
  }

  private void add(Legal d) {
    d.id = legal.size() + 1;
    legal.add(d);
    byLevel.get(d.level).add(d);
  }

  /**
   * A document of the kind, with a number not yet used; {@code year} forces the year. A planted
   * document's number key is shared with no other document (numbers without a year can repeat from
   * one year to the next), so that what cites it is known exactly.
   */
  private Legal random(Spec s, Integer year, boolean planted) {
    while (true) {
      int y = year != null ? year : s.fromYear + rnd.nextInt(2025 - s.fromYear + 1);
      if (s == Spec.JOINT && year == null) {
        y = 2010 + rnd.nextInt(7); // joint circulars ended with the 2015 law
      }
      String issuer = s.issuer;
      String number;
      switch (s) {
        case LAW, CODE -> number = (1 + rnd.nextInt(80)) + "/" + y + "/" + legislature(y);
        case NQ_QH ->
            number =
                (1 + rnd.nextInt(150))
                    + "/"
                    + y
                    + "/"
                    + (rnd.nextInt(3) == 0 ? "UBTV" : "")
                    + legislature(y);
        case DECREE -> number = (1 + rnd.nextInt(200)) + "/" + y + "/NĐ-CP";
        case QD_TTG -> number = (1 + rnd.nextInt(60)) + "/" + y + "/QĐ-TTg";
        case CIRCULAR -> {
          String m = pick(MINISTRIES);
          issuer = "Bộ " + m.substring(1);
          number = (1 + rnd.nextInt(60)) + "/" + y + "/TT-" + m;
        }
        case JOINT -> {
          String a = pick(MINISTRIES);
          String b = pick(MINISTRIES);
          if (a.equals(b)) {
            continue;
          }
          issuer = "Bộ " + a.substring(1) + " - Bộ " + b.substring(1);
          number = (1 + rnd.nextInt(40)) + "/" + y + "/TTLT-" + a + "-" + b;
        }
        case NQ_HDND -> number = (1 + rnd.nextInt(40)) + "/" + y + "/NQ-HĐND";
        case QD_UBND -> number = (1 + rnd.nextInt(60)) + "/" + y + "/QĐ-UBND";
        case QD_ADMIN -> number = (100 + rnd.nextInt(4400)) + "/QĐ-UBND";
        case CT -> number = (1 + rnd.nextInt(30)) + "/CT-UBND";
        case KH -> number = (1 + rnd.nextInt(400)) + "/KH-UBND";
        case CV -> number = (100 + rnd.nextInt(4900)) + "/UBND-" + pick(CV_UNITS);
        default -> throw new IllegalStateException(s.name());
      }
      LocalDate signed = LocalDate.of(y, 1, 1).plusDays(rnd.nextInt(y == 2025 ? 330 : 365));
      LegalDocumentNumber n = LegalDocumentNumber.parse(number);
      String identity = LegalDocument.identityKey(n, issuer, signed);
      if (plantedKeys.contains(n.key()) || (planted && keys.contains(n.key()))) {
        continue;
      }
      if (!identities.add(identity)) {
        continue;
      }
      keys.add(n.key());
      if (planted) {
        plantedKeys.add(n.key());
      }
      Legal d = new Legal();
      d.number = n.value();
      d.key = n.key();
      d.identity = identity;
      d.type = s.type;
      d.issuer = issuer;
      d.signed = signed;
      d.level = s.level;
      d.effective =
          switch (s.level) {
            case 0 -> LocalDate.of(y + 1, rnd.nextBoolean() ? 1 : 7, 1);
            case 1, 2 -> signed.plusDays(45);
            case 3 -> signed.plusDays(10);
            default -> signed;
          };
      String topic = pick(FIELDS).toLowerCase(java.util.Locale.ROOT);
      d.title =
          switch (s.level) {
            case 0 -> s.type.label() + " " + topic;
            case 1 -> s.type.label() + " quy định chi tiết một số điều về " + topic;
            case 2 -> s.type.label() + " hướng dẫn thực hiện về " + topic;
            case 3 -> s.type.label() + " quy định về " + topic + " trên địa bàn " + PROVINCE;
            default ->
                s.type.label() + " triển khai công tác " + topic + " trên địa bàn " + PROVINCE;
          };
      return d;
    }
  }

  private static String legislature(int year) {
    if (year <= 2011) {
      return "QH12";
    }
    if (year <= 2016) {
      return "QH13";
    }
    if (year <= 2021) {
      return "QH14";
    }
    return "QH15";
  }

  private void planRelations() {
    // guidance chains: each document rests on one of the level above it, signed before it, and
    // sometimes on a second one further up; levels strictly fall, so chains are at most 4 deep
    for (Legal d : legal) {
      if (d.planted || d.level == 0) {
        continue;
      }
      if (rnd.nextDouble() < 0.85) {
        Legal t = earlier(d.level - 1, d.signed);
        if (t != null) {
          String kind = d.level <= 2 || (d.level == 3 && rnd.nextBoolean()) ? "GUIDES" : "BASED_ON";
          relate(d, t, kind, rnd.nextDouble() < 0.3 ? articles(1 + rnd.nextInt(4)) : "");
        }
      }
      if (rnd.nextDouble() < 0.25) {
        Legal t = earlier(rnd.nextInt(d.level), d.signed);
        if (t != null) {
          relate(d, t, "BASED_ON", "");
        }
      }
    }
    // amendments and replacements within a level, the newer acting on the older
    List<Legal> actors = new ArrayList<>();
    for (Legal d : legal) {
      if (!d.planted && d.level <= 3) {
        actors.add(d);
      }
    }
    for (int i = 0; i < 260; i++) {
      Legal d = actors.get(rnd.nextInt(actors.size()));
      Legal t = earlier(d.level, d.signed);
      if (t != null && t != d) {
        relate(d, t, "AMENDS", articles(1 + rnd.nextInt(6)));
      }
    }
    Set<Legal> replaced = new HashSet<>();
    for (int i = 0; i < 80; i++) {
      Legal d = actors.get(rnd.nextInt(actors.size()));
      Legal t = earlier(d.level, d.signed);
      if (t != null && t != d && replaced.add(t)) {
        relate(d, t, "REPLACES", "");
      }
    }
    // the planted decrees: each guides a law and was amended once before; below each, the chain
    for (Legal decree : List.of(bigDecree, smallDecree)) {
      relate(decree, earlier(0, decree.signed), "GUIDES", "");
      Legal amender = later(1, decree.signed);
      relate(amender, decree, "AMENDS", "3,8");
    }
    for (List<Legal> chain : List.of(bigChain, smallChain)) {
      Legal decree = chain == bigChain ? bigDecree : smallDecree;
      relate(chain.get(0), decree, "GUIDES", "");
      relate(chain.get(1), chain.get(0), "BASED_ON", "");
      relate(chain.get(2), chain.get(1), "BASED_ON", "");
    }
  }

  private Legal earlier(int level, LocalDate before) {
    List<Legal> l = byLevel.get(level);
    int hi = 0;
    while (hi < l.size() && !l.get(hi).signed.isAfter(before)) {
      hi++;
    }
    return hi == 0 ? null : l.get(rnd.nextInt(hi));
  }

  private Legal later(int level, LocalDate after) {
    List<Legal> l = byLevel.get(level);
    int lo = 0;
    while (lo < l.size() && !l.get(lo).signed.isAfter(after)) {
      lo++;
    }
    return l.get(lo + rnd.nextInt(l.size() - lo));
  }

  private String articles(int n) {
    Set<String> a = new TreeSet<>();
    while (a.size() < n) {
      a.add(Integer.toString(1 + rnd.nextInt(60)));
    }
    return LegalRelation.join(Validity.normalizeArticles(new ArrayList<>(a)));
  }

  private void relate(Legal acting, Legal target, String kind, String articles) {
    if (acting == null || target == null) {
      return;
    }
    String key = acting.id + "|" + target.id + "|" + kind + "|" + articles;
    if (acting == target || !relationKeys.add(key)) {
      return;
    }
    relations.add(new Relation(relations.size() + 1, acting, target, kind, articles));
    relationKinds.merge(kind, 1, Integer::sum);
  }

  private int maxChainDepth() {
    Map<Long, List<Long>> up = new HashMap<>();
    for (Relation r : relations) {
      if (!r.kind().equals("AMENDS") && !r.kind().equals("REPLACES")) {
        up.computeIfAbsent(r.acting().id, k -> new ArrayList<>()).add(r.target().id);
      }
    }
    Map<Long, Integer> depth = new HashMap<>();
    int max = 0;
    for (Legal d : legal) {
      max = Math.max(max, depth(d.id, up, depth));
    }
    return max;
  }

  private static int depth(long id, Map<Long, List<Long>> up, Map<Long, Integer> memo) {
    Integer known = memo.get(id);
    if (known != null) {
      return known;
    }
    int d = 0;
    for (long t : up.getOrDefault(id, List.of())) {
      d = Math.max(d, 1 + depth(t, up, memo));
    }
    memo.put(id, d);
    return d;
  }

  // ---------------------------------------------------------------- citations

  /** A registered document drawn with a skew towards laws and decrees, never a planted one. */
  private Legal draw(int maxLevel) {
    while (true) {
      Legal d = citable.get((int) (citable.size() * Math.pow(rnd.nextDouble(), 2.0)));
      if (d.level <= maxLevel) {
        return d;
      }
    }
  }

  private Cite cite(Legal d) {
    return cite(d.number, 0.7, 60);
  }

  private Cite cite(String number, double withArticle, int articles) {
    String article = null;
    String clause = null;
    String point = null;
    if (rnd.nextDouble() < withArticle) {
      article = "Điều " + (1 + (int) (articles * Math.pow(rnd.nextDouble(), 1.5)));
      if (rnd.nextDouble() < 0.25) {
        clause = Integer.toString(1 + rnd.nextInt(6));
        if (rnd.nextDouble() < 0.4) {
          point = Character.toString("abcdđe".charAt(rnd.nextInt(6)));
        }
      }
    }
    return new Cite(written(number), article, clause, point);
  }

  /** How people type numbers: mostly as printed, sometimes with "Số", without Đ, zero-padded. */
  private String written(String number) {
    double u = rnd.nextDouble();
    if (u < 0.02) {
      return "Số " + number;
    }
    if (u < 0.04) {
      return number.replace('Đ', 'D');
    }
    if (u < 0.05) {
      return "0" + number;
    }
    return number;
  }

  /** A citation of something outside the registry (an old or foreign number). */
  private Cite unregistered() {
    String[] symbols = {"NĐ-CP", "TT-BTC", "QĐ-TTg", "TT-BNV"};
    String n = (1 + rnd.nextInt(200)) + "/" + (1998 + rnd.nextInt(9)) + "/" + pick(symbols);
    return cite(n, 0.5, 40);
  }

  private Cite randomCite() {
    if (rnd.nextDouble() < 0.03) {
      return unregistered();
    }
    return cite(draw(rnd.nextDouble() < 0.95 ? 3 : 4));
  }

  // ---------------------------------------------------------------- TTHC and documents

  private void planTthc() {
    int province = (int) Math.round(sizes.tthc() * 0.6);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < sizes.tthc(); i++) {
      TthcPlan t = new TthcPlan();
      t.commune = i >= province;
      do {
        t.code = (t.commune ? "2." : "1.") + String.format("00%04d", rnd.nextInt(10_000));
      } while (!codes.add(t.code));
      if (!t.commune) {
        t.department = departments.get(i % departments.size()).code();
      }
      t.field = pick(FIELDS);
      t.name = pick(ACTIONS) + " " + pick(OBJECTS) + " (lĩnh vực " + t.field.toLowerCase() + ")";
      int n = 2 + rnd.nextInt(4);
      Set<String> seen = new HashSet<>();
      while (t.basis.size() < n) {
        Legal d = draw(3);
        if (seen.add(d.key)) {
          t.basis.add(cite(d));
        }
      }
      tthc.add(t);
    }
  }

  private void planDocuments() {
    List<TthcPlan> communeTthc = new ArrayList<>();
    Map<String, List<TthcPlan>> byDepartment = new LinkedHashMap<>();
    for (TthcPlan t : tthc) {
      if (t.commune) {
        communeTthc.add(t);
      } else {
        byDepartment.computeIfAbsent(t.department, k -> new ArrayList<>()).add(t);
      }
    }
    int rootDocs = 100;
    int perDepartmentExtra = 30;
    List<Unit> roots = units.stream().filter(u -> u.parent() == null).toList();
    int fixedDocs = rootDocs * roots.size(); // the provinces' own and their departments
    for (Unit u : departments) {
      fixedDocs += byDepartment.getOrDefault(u.code(), List.of()).size() + perDepartmentExtra;
    }
    int communeDocs = sizes.documents() - fixedDocs;
    if (communeDocs < 0 || (!communes.isEmpty() && communeDocs / communes.size() > 700)) {
      throw new IllegalArgumentException("documents do not fit the units: " + sizes);
    }
    for (Unit root : roots) {
      for (int i = 0; i < rootDocs; i++) {
        doc(root, List.of());
      }
    }
    for (Unit u : departments) {
      for (TthcPlan t : byDepartment.getOrDefault(u.code(), List.of())) {
        doc(u, List.of(t));
      }
      for (int i = 0; i < perDepartmentExtra; i++) {
        doc(u, List.of());
      }
    }
    for (int c = 0; c < communes.size(); c++) {
      Unit u = communes.get(c);
      int n = communeDocs / communes.size() + (c < communeDocs % communes.size() ? 1 : 0);
      List<TthcPlan> pool = new ArrayList<>(communeTthc);
      shuffle(pool);
      int next = 0;
      for (int i = 0; i < n; i++) {
        double u01 = rnd.nextDouble();
        int k = u01 < 0.05 ? 0 : u01 < 0.10 ? 2 : 1;
        List<TthcPlan> implemented = new ArrayList<>();
        for (int j = 0; j < k && next < pool.size(); j++) {
          implemented.add(pool.get(next++));
        }
        doc(u, implemented);
      }
    }
  }

  private void doc(Unit u, List<TthcPlan> implemented) {
    DocPlan d = new DocPlan();
    d.id = docs.size() + 1;
    d.unit = u;
    d.tthc.addAll(implemented);
    d.suffixed = rnd.nextBoolean();
    d.obsolete = rnd.nextDouble() < 0.02;
    double v = rnd.nextDouble();
    d.versions = v < 0.5 ? 1 : v < 0.8 ? 2 : 3;
    d.lastDraft = !d.obsolete && rnd.nextDouble() < 0.15;
    docs.add(d);
  }

  /**
   * Plants citations of the decree in the latest version of {@code hits} active documents (a fifth
   * of them citing two of its articles), of its chain in a few more, and in the legal basis of a
   * few commune TTHC ({@code share} scales those with the size); answers what an amendment must
   * flag.
   */
  private Planted plant(Legal decree, List<Legal> chain, int hits, double share) {
    List<DocPlan> active = new ArrayList<>();
    for (DocPlan d : docs) {
      if (!d.obsolete) {
        active.add(d);
      }
    }
    if (hits > active.size()) {
      throw new IllegalArgumentException("more hits than active documents: " + hits);
    }
    Set<Long> flagged = new TreeSet<>();
    int rows = 0;
    shuffle(active);
    for (DocPlan d : active.subList(0, hits)) {
      Cite first = cite(decree.number, 0.65, 40);
      d.planted.add(first);
      rows++;
      if (first.article() != null && rnd.nextDouble() < 0.2) {
        Cite second;
        do {
          second = cite(decree.number, 1.0, 40);
        } while (second.article().equals(first.article()));
        d.planted.add(second);
        rows++;
      }
      flagged.add(d.id);
    }
    // documents citing the circular or the decision below the decree: hit through the chain
    int[] chainCiting = {(int) Math.round(50 * share), (int) Math.round(20 * share)};
    int citingChain = 0;
    for (int level = 0; level < 2; level++) {
      shuffle(active);
      for (DocPlan d : active.subList(0, Math.max(1, chainCiting[level]))) {
        d.planted.add(cite(chain.get(level)));
        flagged.add(d.id);
        citingChain++;
      }
    }
    // commune TTHC whose legal basis cites the decree: their procedures are hit through the TTHC
    List<TthcPlan> candidates = new ArrayList<>();
    Map<TthcPlan, List<DocPlan>> implementers = new LinkedHashMap<>();
    for (DocPlan d : docs) {
      for (TthcPlan t : d.tthc) {
        implementers.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
      }
    }
    for (TthcPlan t : tthc) {
      if (t.commune && implementers.containsKey(t)) {
        candidates.add(t);
      }
    }
    shuffle(candidates);
    int citingTthc = Math.max(1, (int) Math.round(10 * share));
    for (TthcPlan t : candidates.subList(0, citingTthc)) {
      t.basis.add(rnd.nextInt(t.basis.size() + 1), cite(decree.number, 0.7, 40));
      for (DocPlan d : implementers.get(t)) {
        if (!d.obsolete) {
          flagged.add(d.id);
        }
      }
    }
    return new Planted(
        decree.id,
        decree.number,
        decree.key,
        hits,
        rows,
        citingTthc,
        chain.size(),
        citingChain,
        flagged.size());
  }

  // ---------------------------------------------------------------- writing

  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("org_unit", "code");
    TABLES.put("legal_document", "id");
    TABLES.put("legal_relation", "id");
    TABLES.put("tthc", "code");
    TABLES.put("tthc_unit", "tthc_code, unit_code");
    TABLES.put("tthc_citation", "tthc_code, seq");
    TABLES.put("controlled_document", "id");
    TABLES.put("document_tthc", "document_id, tthc_code");
    TABLES.put("document_version", "id");
    TABLES.put("version_citation", "version_id, seq");
    TABLES.put("version_drafter", "version_id, username");
    TABLES.put("version_event", "id");
    TABLES.put("version_signature", "id");
    TABLES.put("app_user", "id");
    TABLES.put("app_user_role", "user_id, role");
    TABLES.put("audit_event", "seq");
  }

  /** The people of a unit: who they are by the prefix of their username, and their role. */
  static final String[][] STAFF = {
    {"tk", "COORDINATOR", "Thư ký ISO"},
    {"xx", "REVIEWER", "Phó Chủ tịch"},
    {"pd", "APPROVER", "Chủ tịch"},
    {"dg", "AUDITOR", "Chuyên gia đánh giá nội bộ"},
    {"cb", "READER", "Công chức"}
  };

  /** The username of a unit's person: {@code tk.hy.xa.tanhoa} for its coordinator. */
  static String person(String prefix, Unit u) {
    return prefix + "." + u.code().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Five people in every unit (coordinator, reviewer, approver, auditor, officer), an overseer and
   * an administrator: the actors of the audit trail and the users list. One password hash for all
   * (nobody signs in to a bench database).
   */
  private void writePeople(Connection c) throws SQLException {
    long id = 900_000;
    try (Batch u =
            new Batch(
                c,
                "INSERT INTO app_user (id, username, full_name, position, unit_code, password_hash,"
                    + " active, created_at, row_version) VALUES (?, ?, ?, ?, ?, 'bench', TRUE, ?,"
                    + " 0)");
        Batch r = new Batch(c, "INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
      // the roles' batch closes first: each role is written after its person (flush below)
      OffsetDateTime when = at(LocalDate.of(2019, 1, 1));
      for (Unit unit : units) {
        for (String[] who : STAFF) {
          id++;
          u.add(id, person(who[0], unit), who[2] + " " + unit.name(), who[2], unit.code(), when);
          r.add(id, who[1]);
        }
      }
      u.add(++id, "giamsat", "Thanh tra tỉnh", "Thanh tra viên", null, when);
      r.add(id, "OVERSIGHT");
      u.add(++id, "admin", "Quản trị hệ thống", null, null, when);
      r.add(id, "ADMIN");
      u.flush();
    }
    c.commit();
  }

  /** One event of the generated trail, before its place in the chain is known. */
  record Event(String actor, String action, String entity, String id, String unit, String text) {}

  /**
   * The trail a province of this size has after some years: every document's creation and its
   * versions' drafting, review and approval (five events a version), every legal document and TTHC
   * registered, every person created, and failed sign-ins; shuffled (from a random of its own, so
   * the rows above stay as they were) so that each unit's events are spread over the whole trail as
   * they are in real life, then chained with the application's hash.
   */
  private void writeAudit(Connection c, long seed) throws SQLException {
    List<Event> events = new ArrayList<>();
    for (DocPlan d : docs) {
      String unit = d.unit.code();
      events.add(new Event(person("tk", d.unit), "CREATE", "DOCUMENT", "" + d.id, unit, "QT"));
      for (int i = 1; i <= d.versions; i++) {
        String v = d.id + "/" + i;
        events.add(new Event(person("tk", d.unit), "CREATE", "VERSION", v, unit, "Lần " + i));
        events.add(new Event(person("tk", d.unit), "SAVE", "VERSION", v, unit, "Lưu"));
        events.add(new Event(person("tk", d.unit), "SUBMIT", "VERSION", v, unit, "Trình"));
        events.add(new Event(person("xx", d.unit), "ACCEPT", "VERSION", v, unit, "Xem xét"));
        events.add(new Event(person("pd", d.unit), "APPROVE", "VERSION", v, unit, "Phê duyệt"));
      }
    }
    Unit province = units.get(0);
    for (Legal l : legal) {
      events.add(
          new Event(person("tk", province), "CREATE", "LEGAL_DOCUMENT", "" + l.id, null, l.number));
    }
    for (TthcPlan t : tthc) {
      events.add(new Event(person("tk", province), "CREATE", "TTHC", t.code, null, t.name));
    }
    for (Unit unit : units) {
      for (String[] who : STAFF) {
        events.add(new Event("admin", "CREATE", "USER", person(who[0], unit), unit.code(), who[1]));
      }
    }
    for (int i = 0; i < 500; i++) {
      events.add(
          new Event("anonymous", "SIGN_IN_FAILED", "SOURCE", "10.0.0." + (i % 250), null, "3"));
    }
    SplittableRandom order = new SplittableRandom(seed ^ 0x5EED_A0D1L);
    for (int i = events.size() - 1; i > 0; i--) {
      Collections.swap(events, i, order.nextInt(i + 1));
    }
    String prev = vn.quytrinh.audit.AuditChain.GENESIS;
    java.time.Instant t0 = LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    long seq = 0;
    try (Batch b =
        new Batch(
            c,
            "INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id,"
                + " unit_code, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Event e : events) {
        seq++;
        java.time.Instant when = t0.plusSeconds(seq * 600);
        String hash =
            vn.quytrinh.audit.AuditChain.hash(
                prev, seq, when, e.actor(), e.action(), e.entity(), e.id(), e.unit(), e.text());
        b.add(
            seq,
            OffsetDateTime.ofInstant(when, ZoneOffset.UTC),
            e.actor(),
            e.action(),
            e.entity(),
            e.id(),
            e.unit(),
            e.text(),
            prev,
            hash);
        b.flushIfFull();
        prev = hash;
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, prev);
      ps.executeUpdate();
    }
    c.commit();
  }

  private static OffsetDateTime at(LocalDate d) {
    return d.atTime(9, 0).atOffset(ZoneOffset.ofHours(7)).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private void writeUnits(Connection c) throws SQLException {
    try (Batch b =
        new Batch(
            c,
            "INSERT INTO org_unit (code, name, parent_code, level, row_version)"
                + " VALUES (?, ?, ?, ?, 0)")) {
      for (Unit u : units) {
        b.add(u.code(), u.name(), u.parent(), u.level());
      }
    }
    c.commit();
  }

  private void writeLegal(Connection c) throws SQLException {
    try (Batch b =
        new Batch(
            c,
            "INSERT INTO legal_document (id, number, number_key, identity_key, doc_type, issuer,"
                + " title, signed_on, effective_from, effective_until, created_by, created_at,"
                + " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 0)")) {
      for (Legal d : legal) {
        b.add(
            d.id,
            d.number,
            d.key,
            d.identity,
            d.type.name(),
            d.issuer,
            d.title,
            d.signed,
            d.effective,
            LOADER,
            at(d.signed.plusDays(60)));
      }
    }
    try (Batch b =
        new Batch(
            c,
            "INSERT INTO legal_relation (id, acting_id, target_id, kind, articles, effective_from,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Relation r : relations) {
        b.add(
            r.id(),
            r.acting().id,
            r.target().id,
            r.kind(),
            r.articles(),
            r.acting().effective,
            LOADER,
            at(r.acting().signed.plusDays(60)));
      }
    }
    c.commit();
  }

  private void writeTthc(Connection c) throws SQLException {
    try (Batch t =
            new Batch(
                c,
                "INSERT INTO tthc (code, name, field, level, agency, time_limit_days,"
                    + " time_limit_text, fee, dossier_json, result, status, created_by, created_at,"
                    + " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)");
        Batch u = new Batch(c, "INSERT INTO tthc_unit (tthc_code, unit_code) VALUES (?, ?)");
        Batch cit =
            new Batch(
                c,
                "INSERT INTO tthc_citation (tthc_code, seq, number, number_key, article, clause,"
                    + " point) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (TthcPlan p : tthc) {
        int days = 1 + rnd.nextInt(30);
        t.add(
            p.code,
            p.name,
            p.field,
            p.commune ? "XA" : "TINH",
            p.commune ? "Ủy ban nhân dân cấp xã" : unitName(p.department),
            BigDecimal.valueOf(days),
            days + " ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
            rnd.nextBoolean() ? "Không" : (10 + rnd.nextInt(90)) * 1000 + " đồng/hồ sơ",
            "[{\"copies\":1,\"name\":\"Tờ khai theo mẫu\"},{\"copies\":1,\"name\":\"Giấy tờ tùy thân\"}]",
            "Quyết định hoặc văn bản trả lời",
            LOADER,
            at(LocalDate.of(2025, 7, 1)));
      }
      t.flush();
      for (TthcPlan p : tthc) {
        if (p.commune) {
          for (Unit x : communes) {
            u.add(p.code, x.code());
          }
        } else {
          u.add(p.code, p.department);
        }
        for (int i = 0; i < p.basis.size(); i++) {
          citationRow(cit, p.code, i, p.basis.get(i));
        }
        u.flushIfFull();
        cit.flushIfFull();
      }
    }
    c.commit();
  }

  private String unitName(String code) {
    for (Unit u : units) {
      if (u.code().equals(code)) {
        return u.name();
      }
    }
    return code;
  }

  private static void citationRow(Batch b, Object owner, int seq, Cite x) throws SQLException {
    LegalDocumentNumber n = LegalDocumentNumber.parse(x.written());
    b.add(owner, seq, n.value(), n.key(), Citations.article(x.article()), x.clause(), x.point());
  }

  private void writeDocuments(Connection c) throws SQLException {
    Map<Unit, Integer> seqs = new HashMap<>();
    Set<String> planted = new HashSet<>();
    for (Legal d : List.of(bigDecree, smallDecree)) {
      planted.add(d.key);
    }
    for (List<Legal> chain : List.of(bigChain, smallChain)) {
      chain.forEach(d -> planted.add(d.key));
    }
    long versionId = 0;
    try (Batch doc =
            new Batch(
                c,
                "INSERT INTO controlled_document (id, code, code_key, title, kind, unit_code,"
                    + " review_period_months, status, effective_issue_no, withdrawn_reason,"
                    + " withdrawn_by, withdrawn_at, created_by, created_at, row_version)"
                    + " VALUES (?, ?, ?, ?, 'PROCEDURE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch dt =
            new Batch(c, "INSERT INTO document_tthc (document_id, tthc_code) VALUES (?, ?)");
        Batch ver =
            new Batch(
                c,
                "INSERT INTO document_version (id, document_id, issue_no, status, content_json,"
                    + " change_summary, change_reason, effective_from, ended_on, last_comment,"
                    + " created_by, created_at, updated_at, row_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)");
        Batch cit =
            new Batch(
                c,
                "INSERT INTO version_citation (version_id, seq, number, number_key, article,"
                    + " clause, point) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch drafters =
            new Batch(c, "INSERT INTO version_drafter (version_id, username) VALUES (?, ?)");
        Batch events =
            new Batch(
                c,
                "INSERT INTO version_event (id, version_id, action, actor, actor_name,"
                    + " actor_position, occurred_at, from_status, to_status, comment)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
        Batch signatures =
            new Batch(
                c,
                "INSERT INTO version_signature (id, version_id, capacity, username, full_name,"
                    + " position, signed_at, content_hash, withdrawn)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
      long[] lifeIds = {0, 0}; // the last event's and signature's id
      for (DocPlan d : docs) {
        int seq = seqs.merge(d.unit, 1, Integer::sum);
        String code = String.format("QT-%03d/%s", seq, d.unit.abbr());
        String title =
            d.tthc.isEmpty()
                ? "Quy trình nội bộ về " + pick(FIELDS).toLowerCase()
                : "Quy trình giải quyết thủ tục " + d.tthc.get(0).name;
        String drafter = "tk." + d.unit.code().toLowerCase();
        // issue dates: the first between 2019 and 2022, each revision one or two years later
        List<LocalDate> from = new ArrayList<>();
        LocalDate date = LocalDate.of(2019, 1, 2).plusDays(rnd.nextInt(4 * 365));
        for (int i = 0; i < d.versions; i++) {
          from.add(date);
          date = date.plusDays(300 + rnd.nextInt(400));
        }
        Integer effectiveIssue = null;
        if (!d.obsolete && !d.lastDraft) {
          effectiveIssue = d.versions;
        } else if (!d.obsolete && d.versions > 1) {
          effectiveIssue = d.versions - 1;
        }
        OffsetDateTime created = at(from.get(0).minusDays(30));
        doc.add(
            d.id,
            code,
            DocumentCode.parse(code).key(),
            title,
            d.unit.code(),
            rnd.nextBoolean() ? 12 : 24,
            d.obsolete ? "OBSOLETE" : "ACTIVE",
            effectiveIssue,
            d.obsolete ? "Thủ tục hành chính đã bị bãi bỏ" : null,
            d.obsolete ? "ct." + d.unit.code().toLowerCase() : null,
            d.obsolete ? at(from.get(d.versions - 1).plusDays(200)) : null,
            drafter,
            created,
            d.versions);
        for (TthcPlan t : d.tthc) {
          dt.add(d.id, d.suffixed ? t.code + provinceSuffix(d.unit.province()) : t.code);
        }
        // the legal basis: the TTHC's own, then what the unit adds, about ten in all
        List<Cite> basis = new ArrayList<>();
        for (TthcPlan t : d.tthc) {
          for (Cite x : t.basis) {
            if (!planted.contains(LegalDocumentNumber.parse(x.written()).key())) {
              basis.add(x);
            }
          }
        }
        int target = 8 + rnd.nextInt(5);
        while (basis.size() < target) {
          basis.add(randomCite());
        }
        for (int issue = 1; issue <= d.versions; issue++) {
          if (issue > 1) {
            basis = new ArrayList<>(basis);
            int changes = rnd.nextInt(3);
            for (int k = 0; k < changes; k++) {
              basis.set(rnd.nextInt(basis.size()), randomCite());
            }
            if (rnd.nextDouble() < 0.3) {
              basis.add(randomCite());
            }
          }
          List<Cite> cites = basis;
          if (issue == d.versions && !d.planted.isEmpty()) {
            cites = new ArrayList<>(basis);
            for (Cite p : d.planted) {
              cites.add(rnd.nextInt(cites.size() + 1), p);
            }
          }
          String status;
          LocalDate effective = null;
          LocalDate ended = null;
          if (d.obsolete) {
            status = issue == d.versions ? "OBSOLETE" : "SUPERSEDED";
            effective = from.get(issue - 1);
            ended = issue == d.versions ? effective.plusDays(200) : from.get(issue);
          } else if (issue == d.versions && d.lastDraft) {
            // a third still drafted, a third waiting for review, a third for approval: what the
            // dashboards list (from the document's id, so the random draws stay as they were)
            status = WAITING[(int) (d.id % WAITING.length)];
          } else if (effectiveIssue != null && issue == effectiveIssue.intValue()) {
            status = "EFFECTIVE";
            effective = from.get(issue - 1);
          } else {
            status = "SUPERSEDED";
            effective = from.get(issue - 1);
            ended = from.get(issue);
          }
          long vid = ++versionId;
          OffsetDateTime vCreated = at(from.get(issue - 1).minusDays(30));
          ProcedureContent pc = content(title, d.unit.name(), cites);
          String summary = issue == 1 ? "Ban hành lần đầu" : "Cập nhật căn cứ pháp lý";
          String reason = issue == 1 ? null : "Văn bản quy phạm pháp luật thay đổi";
          ver.add(
              vid,
              d.id,
              issue,
              status,
              Canonical.json(pc),
              summary,
              reason,
              effective,
              ended,
              drafter,
              vCreated,
              vCreated.plusDays(20),
              issue == d.versions ? 3L : 5L);
          for (int i = 0; i < cites.size(); i++) {
            citationRow(cit, vid, i, cites.get(i));
          }
          drafters.add(vid, drafter);
          String signed = new SignedContent(code, title, issue, pc, summary, reason).sha256();
          life(
              events, signatures, lifeIds, d.unit, vid, status, vCreated, effective, ended, signed);
        }
        if (d.id % 500 == 0) {
          doc.flush();
          dt.flush();
          ver.flush();
          cit.flush();
          drafters.flush();
          events.flush();
          signatures.flush();
          c.commit();
        }
      }
      doc.flush();
      dt.flush();
      ver.flush();
      cit.flush();
      drafters.flush();
      events.flush();
      signatures.flush();
    }
    c.commit();
  }

  /** How the last version of a document still being worked on stands. */
  static final String[] WAITING = {"DRAFT", "IN_REVIEW", "REVIEWED"};

  /** The statuses a version passes through, in order, up to where it stands. */
  static final List<String> PATH =
      List.of("DRAFT", "IN_REVIEW", "REVIEWED", "APPROVED", "EFFECTIVE", "SUPERSEDED");

  /**
   * The history a version's page shows: its events from creation to where it stands (the unit's
   * coordinator drafts and submits, its reviewer accepts, its approver approves, the system puts it
   * in force and ends it) and the signatures of review and approval, over the content as written,
   * so that they verify as the application's own would.
   */
  private void life(
      Batch events,
      Batch signatures,
      long[] ids,
      Unit u,
      long vid,
      String status,
      OffsetDateTime created,
      LocalDate effective,
      LocalDate ended,
      String signedHash)
      throws SQLException {
    int reached = "OBSOLETE".equals(status) ? PATH.indexOf("EFFECTIVE") : PATH.indexOf(status);
    String[] tk = staff(u, 0);
    String[] xx = staff(u, 1);
    String[] pd = staff(u, 2);
    String[] system = {"system", "Hệ thống", null};
    event(events, ids, vid, "CREATED", tk, created, null, "DRAFT");
    event(events, ids, vid, "SAVED", tk, created.plusDays(1), "DRAFT", "DRAFT");
    if (reached >= 1) {
      event(events, ids, vid, "SUBMITTED", tk, created.plusDays(10), "DRAFT", "IN_REVIEW");
    }
    if (reached >= 2) {
      OffsetDateTime at = created.plusDays(15);
      event(events, ids, vid, "ACCEPTED", xx, at, "IN_REVIEW", "REVIEWED");
      signatures.add(++ids[1], vid, "REVIEW", xx[0], xx[1], xx[2], at, signedHash);
    }
    if (reached >= 3) {
      OffsetDateTime at = created.plusDays(20);
      event(events, ids, vid, "APPROVED", pd, at, "REVIEWED", "APPROVED");
      signatures.add(++ids[1], vid, "APPROVAL", pd[0], pd[1], pd[2], at, signedHash);
    }
    if (reached >= 4 && effective != null) {
      event(events, ids, vid, "EFFECTIVE", system, at(effective), "APPROVED", "EFFECTIVE");
    }
    if ("SUPERSEDED".equals(status) && ended != null) {
      event(events, ids, vid, "SUPERSEDED", system, at(ended), "EFFECTIVE", "SUPERSEDED");
    }
    if ("OBSOLETE".equals(status) && ended != null) {
      event(events, ids, vid, "WITHDRAWN", pd, at(ended), "EFFECTIVE", "OBSOLETE");
    }
  }

  private static void event(
      Batch b,
      long[] ids,
      long vid,
      String action,
      String[] who,
      OffsetDateTime at,
      String from,
      String to)
      throws SQLException {
    b.add(++ids[0], vid, action, who[0], who[1], who[2], at, from, to);
  }

  /** Username, full name and position of a unit's person, as {@link #writePeople} writes them. */
  private static String[] staff(Unit u, int which) {
    String[] who = STAFF[which];
    return new String[] {person(who[0], u), who[2] + " " + u.name(), who[2]};
  }

  private ProcedureContent content(String title, String unitName, List<Cite> cites) {
    List<ProcedureContent.Citation> basis = new ArrayList<>(cites.size());
    for (Cite x : cites) {
      basis.add(new ProcedureContent.Citation(x.written(), x.article(), x.clause(), x.point()));
    }
    ProcedureContent pc =
        new ProcedureContent(
            title,
            "Áp dụng tại " + unitName,
            null,
            null,
            basis,
            null,
            List.of(new ProcedureContent.DossierItem("Tờ khai theo mẫu", 1)),
            BigDecimal.valueOf(5),
            "Bộ phận Một cửa",
            null,
            "Cá nhân, tổ chức",
            null,
            List.of(
                new ProcedureContent.Step(
                    1, "Tiếp nhận, kiểm tra hồ sơ", "BPTN&TKQ", new BigDecimal("0.5"), null),
                new ProcedureContent.Step(
                    2, "Thẩm định, trình ký", "Công chức chuyên môn", new BigDecimal("4"), null),
                new ProcedureContent.Step(
                    3, "Trả kết quả", "BPTN&TKQ", new BigDecimal("0.5"), "Kết quả")),
            List.of(),
            List.of());
    return pc.normalized();
  }

  /** A prepared statement filled in batches; closing flushes what is pending. */
  static final class Batch implements AutoCloseable {
    static final int SIZE = 2_000;
    private final PreparedStatement ps;
    private int pending;

    Batch(Connection c, String sql) throws SQLException {
      ps = c.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.addBatch();
      pending++;
    }

    /** Only for tables whose parents are already written. */
    void flushIfFull() throws SQLException {
      if (pending >= SIZE) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (pending > 0) {
        ps.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        ps.close();
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private <T> void shuffle(List<T> l) {
    for (int i = l.size() - 1; i > 0; i--) {
      Collections.swap(l, i, rnd.nextInt(i + 1));
    }
  }

  /** SHA-256 over every generated row in key order: equal for equal seeds. */
  public static String checksum(Connection c) throws SQLException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Map.Entry<String, String> t : TABLES.entrySet()) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            md.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
          }
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Standalone: {@code ProvinceDataSet <jdbc-url> [seed] [province|national]} generates into an
   * empty database, which it migrates first, then prints the sizes (and, for a province, the
   * checksum). A PostgreSQL URL takes its user and password from {@code bench.pg.user} and {@code
   * bench.pg.password}.
   */
  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "jdbc:h2:mem:province;DB_CLOSE_DELAY=-1";
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    boolean national = args.length > 2 && "national".equals(args[2]);
    javax.sql.DataSource ds = dataSource(url);
    vn.quytrinh.platform.config.SchemaMigration.migrate(ds, ProvinceDataSet.class.getClassLoader());
    try (Connection c = ds.getConnection()) {
      Result r = generate(c, seed, national ? Sizes.national() : Sizes.province());
      System.out.println(r);
      if (!national) {
        System.out.println("checksum " + checksum(c));
      }
    }
  }

  /** "PostgreSQL 15.18 …", "H2 2.2.224 …": what a bench's report says it ran on. */
  static String product(javax.sql.DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductName()
          + " "
          + c.getMetaData().getDatabaseProductVersion();
    }
  }

  /** A pool of {@code size} connections over {@code ds}, as an instance's container keeps. */
  static com.zaxxer.hikari.HikariDataSource pooled(javax.sql.DataSource ds, int size, String name) {
    com.zaxxer.hikari.HikariConfig hc = new com.zaxxer.hikari.HikariConfig();
    hc.setDataSource(ds);
    hc.setMaximumPoolSize(size);
    hc.setPoolName(name);
    return new com.zaxxer.hikari.HikariDataSource(hc);
  }

  /** An H2 or PostgreSQL data source for {@code url}; PostgreSQL's credentials as above. */
  static javax.sql.DataSource dataSource(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setUrl(url);
      pg.setUser(System.getProperty("bench.pg.user"));
      pg.setPassword(System.getProperty("bench.pg.password"));
      pg.setReWriteBatchedInserts(true);
      return pg;
    }
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    return h2;
  }
}
