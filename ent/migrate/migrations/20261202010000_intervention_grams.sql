-- The admin text search's postings with their positions and the intervention's created_at (internal/search), in
-- place of intervention_trigrams: one row per occurrence of a trigram in an intervention's search_text, keyed so
-- that one trigram's interventions of an organization are one range, and that a trigram at a given position of a
-- given intervention is one primary-key point. Positions make the index decide a match alone (no read of the
-- search text per candidate); created_at lets the matches be listed by the (organization, created) index without
-- reading them. Positions cannot be computed in SQL: the interventions are marked unindexed (search_text NULL) and
-- the server's backfill indexes them again at start (their search texts are rewritten then).
CREATE TABLE `intervention_grams` (`trigram` bigint NOT NULL, `organization_id` bigint NOT NULL, `intervention_id` bigint NOT NULL, `position` smallint NOT NULL, `created_at` datetime(6) NOT NULL, PRIMARY KEY (`trigram`, `organization_id`, `intervention_id`, `position`)) CHARSET utf8mb4 COLLATE utf8mb4_bin;
DROP TABLE `intervention_trigrams`;
UPDATE `interventions` SET `search_text` = NULL WHERE `search_text` IS NOT NULL;
