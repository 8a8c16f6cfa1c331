/**
 * The tamper-evident audit trail: every change, decision, export and failed sign-in as an event in
 * a hash chain, with a verification that finds any event changed, inserted or deleted behind the
 * application's back.
 */
package vn.quytrinh.audit;
