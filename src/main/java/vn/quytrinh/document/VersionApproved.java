package vn.quytrinh.document;

import java.time.LocalDate;

/** Fired in the approving transaction when a version is approved (whatever its effective date). */
public record VersionApproved(
    long documentId, String unitCode, int issueNo, LocalDate on, String approvedBy) {}
