-- Modify "interventions" table
ALTER TABLE `interventions` ADD COLUMN `search_text` varchar(1024) NULL;
