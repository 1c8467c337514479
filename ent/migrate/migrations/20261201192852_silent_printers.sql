-- Modify "email_messages" table
ALTER TABLE `email_messages` MODIFY COLUMN `kind` enum('REPORT_USER','REPORT_TECH','STATUS_ADMIN','STATUS_CUSTOMER','STATUS_TECHNICIAN','INVITE','PASSWORD_RESET','TEST','PRINTER_SILENT','PRINTER_BACK') NOT NULL;
-- Modify "notifications" table
ALTER TABLE `notifications` MODIFY COLUMN `kind` enum('STATUS_CHANGED','ASSIGNED','CREATED','PRINTER_SILENT','PRINTER_BACK') NOT NULL;
-- Modify "printers" table
ALTER TABLE `printers` ADD COLUMN `silent_since` datetime(6) NULL;
