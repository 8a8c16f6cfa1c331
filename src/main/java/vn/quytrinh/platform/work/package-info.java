/**
 * Background work that keeps going whatever a round throws, and says when it has stopped or fallen
 * behind, for the readiness checks of the contexts that run it.
 */
package vn.quytrinh.platform.work;
