-- The trigram that follows each posting of the admin text search (internal/search): a search's rarest trigram is
-- read with the runes after it in the query compared on its own rows, so only the postings that go on as the query
-- does are looked up in the other trigrams' ranges (a name's "o.r" holds ~18,000 postings of a million
-- interventions, "o.ro" a tenth of them). Added without a rebuild (instant on MariaDB): the postings written
-- before have none (NULL), which the search does not filter out; they are found as before, only not faster.
ALTER TABLE `intervention_grams` ADD COLUMN `next` bigint NULL;
