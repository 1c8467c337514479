-- Modify "email_messages" table
ALTER TABLE `email_messages` MODIFY COLUMN `kind` enum('REPORT_USER','REPORT_TECH','STATUS_ADMIN','STATUS_CUSTOMER','STATUS_TECHNICIAN','INVITE','PASSWORD_RESET','TEST','WEBHOOK_DISABLED','NOTE_CUSTOMER','PRINTER_SILENT','PRINTER_BACK','SUPPLY_LOW') NOT NULL;
-- Modify "interventions" table
ALTER TABLE `interventions` ADD COLUMN `alert_key` varchar(100) NULL, ADD UNIQUE INDEX `alert_key` (`alert_key`);
-- Modify "meter_readings" table
ALTER TABLE `meter_readings` ADD COLUMN `jump_accepted` bool NOT NULL DEFAULT 0;
-- Modify "notifications" table
ALTER TABLE `notifications` MODIFY COLUMN `kind` enum('STATUS_CHANGED','ASSIGNED','CREATED','WEBHOOK_DISABLED','REPORTER_NOTE','NOT_FIXED','PRINTER_SILENT','PRINTER_BACK','SUPPLY_LOW') NOT NULL;
-- Modify "panic_buttons" table
ALTER TABLE `panic_buttons` ADD COLUMN `supply_rules` json NULL;
-- Modify "printers" table
ALTER TABLE `printers` ADD COLUMN `silent_since` datetime(6) NULL;
-- Create "supplies" table
CREATE TABLE `supplies` (`id` bigint NOT NULL AUTO_INCREMENT, `key` varchar(64) NOT NULL, `description` varchar(200) NOT NULL, `type` varchar(40) NULL, `color` varchar(40) NULL, `unit` varchar(40) NULL, `level` bigint NOT NULL, `max_capacity` bigint NOT NULL, `level_state` enum('KNOWN','NO_RESTRICTION','UNKNOWN','SOME_REMAINING') NOT NULL, `percent` bigint NULL, `days_left` double NULL, `replaced_at` datetime(6) NULL, `notified_key` varchar(64) NULL, `replacements` bigint NOT NULL DEFAULT 0, `read_at` datetime(6) NOT NULL, `organization_id` bigint NOT NULL, `printer_id` bigint NOT NULL, PRIMARY KEY (`id`), INDEX `supply_organization_id_days_left` (`organization_id`, `days_left`), INDEX `supply_organization_id_percent` (`organization_id`, `percent`), UNIQUE INDEX `supply_printer_id_key` (`printer_id`, `key`), CONSTRAINT `supplies_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE RESTRICT ON DELETE NO ACTION, CONSTRAINT `supplies_printers_printer` FOREIGN KEY (`printer_id`) REFERENCES `printers` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE) CHARSET utf8mb4 COLLATE utf8mb4_bin AUTO_INCREMENT 98784247808;
-- Create "supply_readings" table
CREATE TABLE `supply_readings` (`id` bigint NOT NULL AUTO_INCREMENT, `level` bigint NOT NULL, `max_capacity` bigint NOT NULL, `level_state` enum('KNOWN','NO_RESTRICTION','UNKNOWN','SOME_REMAINING') NOT NULL, `percent` bigint NULL, `replacement` bool NOT NULL DEFAULT 0, `read_at` datetime(6) NOT NULL, `organization_id` bigint NOT NULL, `supply_id` bigint NOT NULL, PRIMARY KEY (`id`), INDEX `supplyreading_supply_id_read_at` (`supply_id`, `read_at`), INDEX `supply_readings_organizations_organization` (`organization_id`), CONSTRAINT `supply_readings_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE RESTRICT ON DELETE NO ACTION, CONSTRAINT `supply_readings_supplies_supply` FOREIGN KEY (`supply_id`) REFERENCES `supplies` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE) CHARSET utf8mb4 COLLATE utf8mb4_bin AUTO_INCREMENT 103079215104;
