-- The admin search no longer reads the search texts' copy (internal/search): the positions in intervention_grams
-- decide a match and carry its created_at. Each intervention written stops costing a row there.
DROP TABLE `intervention_search_texts`;
