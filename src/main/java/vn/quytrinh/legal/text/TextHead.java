package vn.quytrinh.legal.text;

import java.time.Instant;

/**
 * A stored text as it is shown: what was imported, by whom and when, and the parts around the
 * articles; neither the original file (up to 20 MB) nor the lines as read, which {@link
 * LegalTextRepository#headOf} leaves in the database.
 */
public record TextHead(
    long documentId,
    String fileName,
    String mediaType,
    int originalBytes,
    String originalSha256,
    String preamble,
    String closing,
    String divisionsJson,
    String importedBy,
    Instant importedAt) {}
