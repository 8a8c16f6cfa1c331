/**
 * What the application counts and times — requests by endpoint, impact runs, imports, failed
 * sign-ins — reported by the contexts through {@link vn.quytrinh.platform.metrics.Measures} and
 * published by the platform's MicroProfile Metrics at {@code /metrics?scope=application}.
 */
package vn.quytrinh.platform.metrics;
