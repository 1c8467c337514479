-- The admin text search's trigrams (internal/search), outside the ent schema: one row per distinct trigram of an
-- intervention's search_text, keyed so that one trigram's interventions of an organization are one range.
-- The Intervention schema's hook writes them with the intervention; the server backfills older ones at start.
CREATE TABLE `intervention_trigrams` (`trigram` bigint NOT NULL, `organization_id` bigint NOT NULL, `intervention_id` bigint NOT NULL, PRIMARY KEY (`trigram`, `organization_id`, `intervention_id`)) CHARSET utf8mb4 COLLATE utf8mb4_bin;
