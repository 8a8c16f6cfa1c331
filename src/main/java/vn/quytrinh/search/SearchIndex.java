package vn.quytrinh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import vn.quytrinh.platform.text.Text;

/**
 * The Lucene index: entries in, ranked and filtered hits out. Exact codes and numbers ("2.000815",
 * "23/2015") rank above words found in text. Thread-safe; near-real-time through a searcher manager
 * refreshed after each batch of changes.
 */
public final class SearchIndex implements AutoCloseable {

  /** Commit data key: the last audit event this index has followed. */
  static final String LAST_SEQ = "lastSeq";

  private final Analyzer analyzer = new FoldingAnalyzer();
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public SearchIndex(Directory dir) {
    try {
      this.dir = dir;
      this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A found thing: what it is, its score, and a passage with the match marked. */
  public record Hit(
      String type,
      String id,
      String code,
      String title,
      String unitCode,
      String kind,
      String snippet,
      float score) {}

  /** Who searches: units they may read drafts of, units they see, or everything. */
  public record Scope(boolean everything, Collection<String> seen, Collection<String> workRead) {}

  public void upsert(SearchEntry e) {
    Document d = new Document();
    d.add(new StringField("key", key(e.type(), e.id()), Field.Store.NO));
    d.add(new StringField("type", e.type(), Field.Store.YES));
    d.add(new StoredField("id", e.id()));
    if (e.unitCode() != null) {
      d.add(new StringField("unit", e.unitCode(), Field.Store.YES));
    }
    d.add(new StringField("readers", Boolean.toString(e.visibleToReaders()), Field.Store.NO));
    if (e.kind() != null) {
      d.add(new StringField("kind", e.kind(), Field.Store.YES));
    }
    for (String ident : e.identifiers()) {
      d.add(new StringField("ident", normalizeIdentifier(ident), Field.Store.NO));
    }
    d.add(new TextField("code", nz(e.code()), Field.Store.YES));
    d.add(new TextField("title", nz(e.title()), Field.Store.YES));
    d.add(new TextField("text", nz(e.text()), Field.Store.YES));
    d.add(new TextField("work", nz(e.workText()), Field.Store.YES));
    try {
      writer.updateDocument(new Term("key", key(e.type(), e.id())), d);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public void delete(String type, String id) {
    try {
      writer.deleteDocuments(new Term("key", key(type, id)));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Makes changes visible to searches, and durable with the last change-log position followed. */
  public void commit(long lastSeq) {
    try {
      writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(lastSeq)).entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public long lastSeq() {
    try {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      return Long.parseLong(data.getOrDefault(LAST_SEQ, "0"));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public int size() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public record Result(List<Hit> hits, long total) {}

  public Result search(String q, String type, String unit, Scope scope, int offset, int limit) {
    List<String> words = words(q);
    String ident = normalizeIdentifier(q == null ? "" : q);
    if (words.isEmpty() && ident.isEmpty()) {
      return new Result(List.of(), 0);
    }
    // what everyone who sees a thing may find in it, and what only its work readers may find
    Query open = and(matching(words, ident, "code", "title", "text"), publicVisibility(scope));
    Query work =
        and(matching(words, ident, "code", "title", "text", "work"), workVisibility(scope));
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    top.add(new DisjunctionMaxQuery(List.of(open, work), 0f), Occur.MUST);
    if (type != null) {
      top.add(new TermQuery(new Term("type", type)), Occur.FILTER);
    }
    if (unit != null) {
      top.add(new TermQuery(new Term("unit", unit)), Occur.FILTER);
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        Query query = top.build();
        TopDocs docs = s.search(query, Math.max(1, offset + limit));
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] sd = docs.scoreDocs;
        for (int i = offset; i < sd.length; i++) {
          Document d = s.storedFields().document(sd[i].doc);
          String title = d.get("title");
          String text =
              readsWork(scope, d.get("type"), d.get("unit"))
                  ? d.get("text") + "\n" + d.get("work")
                  : d.get("text");
          hits.add(
              new Hit(
                  d.get("type"),
                  d.get("id"),
                  d.get("code"),
                  title,
                  d.get("unit"),
                  d.get("kind"),
                  Snippets.of(words, title, text),
                  sd[i].score));
        }
        // past a thousand matches Lucene's total is only a lower bound; paging needs the count
        long total =
            docs.totalHits.relation == TotalHits.Relation.EQUAL_TO
                ? docs.totalHits.value
                : s.count(query);
        return new Result(hits, total);
      } finally {
        searchers.release(s);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Any of the query's words in any of the fields, or the exact identifier. */
  private static Query matching(List<String> words, String ident, String... fields) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (!words.isEmpty()) {
      BooleanQuery.Builder match = new BooleanQuery.Builder();
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        boolean last = i == words.size() - 1;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
          float boost = field.equals("code") ? 4f : field.equals("title") ? 2f : 1f;
          any.add(new BoostQuery(new TermQuery(new Term(field, w)), boost), Occur.SHOULD);
          if (last && w.length() >= 3) {
            any.add(
                new BoostQuery(new PrefixQuery(new Term(field, w)), boost * 0.5f), Occur.SHOULD);
          }
        }
        match.add(any.build(), Occur.MUST);
      }
      either.add(match.build(), Occur.SHOULD);
    }
    if (ident.length() >= 2) {
      either.add(new BoostQuery(new TermQuery(new Term("ident", ident)), 50f), Occur.SHOULD);
      either.add(new BoostQuery(new PrefixQuery(new Term("ident", ident)), 20f), Occur.SHOULD);
    }
    return either.build();
  }

  private static Query and(Query match, Query filter) {
    return new BooleanQuery.Builder().add(match, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /**
   * TTHC and legal documents are shared; a document with a version in force shows in the units the
   * caller sees, with the text of that version only.
   */
  private static Query publicVisibility(Scope scope) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term("type", "tthc")), Occur.SHOULD);
    b.add(new TermQuery(new Term("type", "legal")), Occur.SHOULD);
    BooleanQuery.Builder inForce = new BooleanQuery.Builder();
    inForce.add(new TermQuery(new Term("type", "document")), Occur.FILTER);
    inForce.add(new TermQuery(new Term("readers", "true")), Occur.FILTER);
    if (!scope.everything()) {
      inForce.add(units(scope.seen()), Occur.FILTER);
    }
    b.add(inForce.build(), Occur.SHOULD);
    return b.build();
  }

  /** Documents whose drafts and versions in progress the caller may read, with all their text. */
  private static Query workVisibility(Scope scope) {
    if (scope.everything() && scope.workRead() == null) {
      return new TermQuery(new Term("type", "document"));
    }
    if (scope.workRead() == null || scope.workRead().isEmpty()) {
      return new MatchNoDocsQuery();
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term("type", "document")), Occur.FILTER)
        .add(units(scope.workRead()), Occur.FILTER)
        .build();
  }

  private static boolean readsWork(Scope scope, String type, String unit) {
    if (!"document".equals(type)) {
      return false;
    }
    return scope.everything() && scope.workRead() == null
        || scope.workRead() != null && scope.workRead().contains(unit);
  }

  private static Query units(Collection<String> units) {
    if (units.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    List<BytesRef> terms = units.stream().map(BytesRef::new).toList();
    return new TermInSetQuery("unit", terms);
  }

  List<String> words(String q) {
    List<String> out = new ArrayList<>();
    if (q == null) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream("text", q)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < 20) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out;
  }

  /**
   * "Số 23 / 2015 / NĐ-CP" and "23/2015/nd-cp" → "23/2015/ND-CP": codes compare folded, blanks out.
   */
  static String normalizeIdentifier(String s) {
    String f = Text.fold(s).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    return f.startsWith("SO") && f.length() > 2 && Character.isDigit(f.charAt(2))
        ? f.substring(2)
        : f;
  }

  private static String key(String type, String id) {
    return type + ":" + id;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
