-- The admin text search's index (internal/search), outside the ent schema: one normalized text per intervention,
-- compared as bytes, and its trigrams keyed so that one trigram's interventions of an organization are one range.
-- Rows for existing interventions are written by the server at start (search.Backfill).
CREATE TABLE `intervention_search_texts` (`intervention_id` bigint NOT NULL, `organization_id` bigint NOT NULL, `text` varchar(1024) NOT NULL, PRIMARY KEY (`intervention_id`), CONSTRAINT `intervention_search_texts_interventions` FOREIGN KEY (`intervention_id`) REFERENCES `interventions` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE) CHARSET utf8mb4 COLLATE utf8mb4_bin;
CREATE TABLE `intervention_trigrams` (`trigram` bigint NOT NULL, `organization_id` bigint NOT NULL, `intervention_id` bigint NOT NULL, PRIMARY KEY (`trigram`, `organization_id`, `intervention_id`)) CHARSET utf8mb4 COLLATE utf8mb4_bin;
