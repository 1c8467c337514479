-- The admin text search's confirmation table (internal/search), outside the ent schema: each intervention's
-- search_text and created_at, keyed by the intervention, so that confirming a candidate of the trigram index reads a
-- narrow row (the buffer pool holds many) instead of the intervention's, and the confirmed matches can be listed by
-- the (organization, created) index. The Intervention schema's hook writes it with the intervention; the server
-- backfills rows written without it at start; this fills it for the interventions indexed before it existed.
CREATE TABLE `intervention_search_texts` (`intervention_id` bigint NOT NULL, `created_at` datetime(6) NOT NULL, `search_text` varchar(1024) NOT NULL, PRIMARY KEY (`intervention_id`)) CHARSET utf8mb4 COLLATE utf8mb4_bin;
INSERT INTO `intervention_search_texts` (`intervention_id`, `created_at`, `search_text`) SELECT `id`, `created_at`, `search_text` FROM `interventions` WHERE `search_text` IS NOT NULL;
