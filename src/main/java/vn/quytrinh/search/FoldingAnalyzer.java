package vn.quytrinh.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.quytrinh.platform.text.Text;

/**
 * Words as Unicode splits them, then folded exactly as {@link Text#fold} folds: lower case, every
 * tone and vowel mark removed, đ/Đ as d. "Chứng thực" and "chung thuc" index alike.
 */
public final class FoldingAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new Fold(source));
  }

  static final class Fold extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Fold(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String folded = Text.fold(term.toString());
      term.setEmpty().append(folded);
      return true;
    }
  }
}
