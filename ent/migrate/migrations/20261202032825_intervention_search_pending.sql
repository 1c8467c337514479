-- The interventions not indexed for search yet (search_text NULL), per organization (internal/search): the
-- server's background backfill claims them from this index and the admin's searchIndex counts them from it alone,
-- however many interventions there are. The text's first character is enough: NULL or not is all it tells.
ALTER TABLE `interventions` ADD INDEX `intervention_search_text_organization_id` (`search_text` (1), `organization_id`);
