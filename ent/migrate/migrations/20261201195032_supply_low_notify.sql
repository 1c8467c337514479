-- Modify "email_messages" table
ALTER TABLE `email_messages` MODIFY COLUMN `kind` enum('REPORT_USER','REPORT_TECH','STATUS_ADMIN','STATUS_CUSTOMER','STATUS_TECHNICIAN','INVITE','PASSWORD_RESET','TEST','PRINTER_SILENT','PRINTER_BACK','SUPPLY_LOW') NOT NULL;
-- Modify "notifications" table
ALTER TABLE `notifications` MODIFY COLUMN `kind` enum('STATUS_CHANGED','ASSIGNED','CREATED','PRINTER_SILENT','PRINTER_BACK','SUPPLY_LOW') NOT NULL;
-- Modify "supplies" table
ALTER TABLE `supplies` ADD COLUMN `notified_key` varchar(64) NULL;
