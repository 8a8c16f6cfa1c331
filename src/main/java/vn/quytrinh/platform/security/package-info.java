/**
 * Who is calling, as every context sees it: the {@link vn.quytrinh.platform.security.Caller} with
 * roles and read scope, and the request facts that authentication trusts (source, scheme, origin).
 */
package vn.quytrinh.platform.security;
