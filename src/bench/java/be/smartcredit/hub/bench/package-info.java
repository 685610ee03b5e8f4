/**
 * The benchmark harness ({@code ./mvnw -B -Pbench verify}): each measurement runs the hub's own code path and the
 * bare library doing the same job on the same generated input, and reports their ratio, peak heap and top frames.
 */
package be.smartcredit.hub.bench;
