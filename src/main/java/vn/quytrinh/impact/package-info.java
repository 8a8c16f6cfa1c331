/**
 * The citation graph and what a change of the law does to it: which procedures a legal or TTHC
 * change hits (directly, through their TTHC, through chains), revision flags with their legal
 * deadline, the reverse index, and the consistency checks (findings). Reads the other contexts'
 * tables with set-based queries; nothing depends on this context.
 */
package vn.quytrinh.impact;
