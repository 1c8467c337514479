-- Every posting of the admin text search carries the three runes after its trigram (internal/search): the search
-- now relies on them (a posting checks six runes of the query, so fewer trigrams are joined to cover it), and a
-- posting without them (NULL: written before 20261202070000_intervention_grams_next.sql) could not be found. The
-- postings are dropped and the interventions marked unindexed: the server's backfill indexes them again once it
-- listens (as 20261202010000_intervention_grams.sql did; until then the admin says a search may miss some).
TRUNCATE TABLE `intervention_grams`;
ALTER TABLE `intervention_grams` MODIFY COLUMN `next` bigint NOT NULL;
UPDATE `interventions` SET `search_text` = NULL WHERE `search_text` IS NOT NULL;
