/**
 * The platform's own health checks: readiness of the database ({@code /health/ready}) and liveness
 * of the JVM ({@code /health/live}); each context reports its background work beside.
 */
package vn.quytrinh.platform.health;
