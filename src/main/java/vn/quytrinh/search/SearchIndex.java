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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean last = i == words.size() - 1;
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : new String[] {"code", "title", "text"}) {
        float boost = field.equals("code") ? 4f : field.equals("title") ? 2f : 1f;
        any.add(new BoostQuery(new TermQuery(new Term(field, w)), boost), Occur.SHOULD);
        if (last && w.length() >= 3) {
          any.add(new BoostQuery(new PrefixQuery(new Term(field, w)), boost * 0.5f), Occur.SHOULD);
        }
      }
      match.add(any.build(), Occur.MUST);
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (!words.isEmpty()) {
      either.add(match.build(), Occur.SHOULD);
    }
    if (ident.length() >= 2) {
      either.add(new BoostQuery(new TermQuery(new Term("ident", ident)), 50f), Occur.SHOULD);
      either.add(new BoostQuery(new PrefixQuery(new Term("ident", ident)), 20f), Occur.SHOULD);
    }
    top.add(either.build(), Occur.MUST);
    if (type != null) {
      top.add(new TermQuery(new Term("type", type)), Occur.FILTER);
    }
    if (unit != null) {
      top.add(new TermQuery(new Term("unit", unit)), Occur.FILTER);
    }
    top.add(visibility(scope), Occur.FILTER);
    try {
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs docs = s.search(top.build(), Math.max(1, offset + limit));
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] sd = docs.scoreDocs;
        for (int i = offset; i < sd.length; i++) {
          Document d = s.storedFields().document(sd[i].doc);
          String title = d.get("title");
          String text = d.get("text");
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
        return new Result(hits, docs.totalHits.value);
      } finally {
        searchers.release(s);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * TTHC and legal documents are shared; a document shows in its unit's scope, drafts to work
   * readers.
   */
  private static Query visibility(Scope scope) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term("type", "tthc")), Occur.SHOULD);
    b.add(new TermQuery(new Term("type", "legal")), Occur.SHOULD);
    if (scope.everything() && scope.workRead() == null) {
      b.add(new TermQuery(new Term("type", "document")), Occur.SHOULD);
      return b.build();
    }
    if (scope.everything()) {
      BooleanQuery.Builder docs = new BooleanQuery.Builder();
      docs.add(new TermQuery(new Term("type", "document")), Occur.FILTER);
      docs.add(new TermQuery(new Term("readers", "true")), Occur.FILTER);
      b.add(docs.build(), Occur.SHOULD);
    }
    if (!scope.seen().isEmpty()) {
      BooleanQuery.Builder inForce = new BooleanQuery.Builder();
      inForce.add(new TermQuery(new Term("type", "document")), Occur.FILTER);
      inForce.add(new TermQuery(new Term("readers", "true")), Occur.FILTER);
      inForce.add(units(scope.seen()), Occur.FILTER);
      b.add(inForce.build(), Occur.SHOULD);
    }
    if (scope.workRead() != null && !scope.workRead().isEmpty()) {
      BooleanQuery.Builder work = new BooleanQuery.Builder();
      work.add(new TermQuery(new Term("type", "document")), Occur.FILTER);
      work.add(units(scope.workRead()), Occur.FILTER);
      b.add(work.build(), Occur.SHOULD);
    }
    return b.build();
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
