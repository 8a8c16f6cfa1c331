-- Indexes that answer the impact engine and the reverse index by themselves (issue 12, point 6).
-- Both walk from the citations of a legal document to the versions citing it. A version's row holds
-- its whole content (about 2 KB of JSON), so reaching each version's status through the table read
-- some 200,000 scattered pages for a national decree; these indexes carry what those statements read
-- (on PostgreSQL an index-only scan, once VACUUM has marked the pages visible), and the citations'
-- index now holds the version and the clause and point as well. Measured in docs/benchmarks.md.

CREATE INDEX ix_version_live ON document_version (id, status, document_id, issue_no);

DROP INDEX ix_version_citation_key;
CREATE INDEX ix_version_citation_key ON version_citation (number_key, article, version_id, clause, point);
