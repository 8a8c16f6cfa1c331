/**
 * Words meant for a person: {@code messages_vi.properties} (the default) and {@code
 * messages_en.properties}, looked up by key with MessageFormat arguments for a locale.
 */
package vn.quytrinh.platform.i18n;
