/**
 * Shared plumbing every context uses: persistence base classes, problem details, configuration,
 * time in Asia/Ho_Chi_Minh, text normalisation. It depends on no other context.
 */
package vn.quytrinh.platform;
