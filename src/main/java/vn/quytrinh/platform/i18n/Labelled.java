package vn.quytrinh.platform.i18n;

import java.util.Locale;

/**
 * An enum whose constants have a label for people, in the bundles under {@code
 * <EnumName>.<CONSTANT>} (for example {@code VersionStatus.DRAFT}).
 */
public interface Labelled {

  String name();

  Class<?> getDeclaringClass();

  default String labelKey() {
    return getDeclaringClass().getSimpleName() + "." + name();
  }

  default String label(Locale locale) {
    return Messages.get(locale, labelKey());
  }

  /** The Vietnamese label: printed forms, stored records. */
  default String label() {
    return label(Messages.VI);
  }
}
