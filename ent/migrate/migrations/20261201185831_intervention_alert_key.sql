-- Modify "interventions" table
ALTER TABLE `interventions` ADD COLUMN `alert_key` varchar(100) NULL, ADD UNIQUE INDEX `alert_key` (`alert_key`);
