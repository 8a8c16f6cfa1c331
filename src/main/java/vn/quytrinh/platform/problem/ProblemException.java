package vn.quytrinh.platform.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;

/**
 * A failure the client can act on; becomes an RFC 9457 problem with its status. Domain exceptions
 * extend one of the subclasses below so each context names its own failures. Title and detail are
 * message keys with arguments, put into words in the reader's language when the problem is
 * answered; {@link #getMessage()} is the Vietnamese detail, for logs.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String titleKey;
  private final Message detail;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public ProblemException(int status, String titleKey, String key, Object... args) {
    super(key);
    this.status = status;
    this.titleKey = titleKey;
    this.detail = Message.of(key, args);
  }

  public int status() {
    return status;
  }

  public String titleKey() {
    return titleKey;
  }

  /** The detail's key, e.g. {@code problem.document.notFound}. */
  public String key() {
    return detail.key();
  }

  public List<Object> args() {
    return detail.args();
  }

  public String title(Locale locale) {
    return Messages.get(locale, titleKey);
  }

  public String detail(Locale locale) {
    return detail.in(locale);
  }

  /** The Vietnamese title. */
  public String title() {
    return title(Messages.VI);
  }

  /** The Vietnamese detail. */
  public String detail() {
    return detail(Messages.VI);
  }

  @Override
  public String getMessage() {
    return detail.in(Messages.VI);
  }

  /** A short machine-readable name of the problem, used to make its {@code type} URI. */
  public String kind() {
    return getClass().getSimpleName();
  }

  /**
   * Adds a member to the problem. A {@link vn.quytrinh.platform.i18n.Localized} value (a message, a
   * field error) or a list of them is put into words in the reader's language.
   */
  public ProblemException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public Map<String, Object> extensions() {
    return Collections.unmodifiableMap(extensions);
  }
}
