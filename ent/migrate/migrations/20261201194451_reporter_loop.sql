-- Modify "email_messages" table
ALTER TABLE `email_messages` MODIFY COLUMN `kind` enum('REPORT_USER','REPORT_TECH','STATUS_ADMIN','STATUS_CUSTOMER','STATUS_TECHNICIAN','INVITE','PASSWORD_RESET','TEST','WEBHOOK_DISABLED','NOTE_CUSTOMER') NOT NULL;
-- Modify "email_templates" table
ALTER TABLE `email_templates` ADD COLUMN `note_customer_subject` varchar(500) NULL, ADD COLUMN `note_customer_html` longtext NULL;
-- Modify "interventions" table
ALTER TABLE `interventions` ADD COLUMN `tracking_nonce` varchar(64) NULL;
-- Modify "intervention_events" table
ALTER TABLE `intervention_events` MODIFY COLUMN `kind` enum('CREATED','STATUS_CHANGED','ASSIGNED','UNASSIGNED','NOTE_ADDED','EMAIL_SENT','EMAIL_FAILED','REPORTED_FIXED','REPORTED_NOT_FIXED','TRACKING_REVOKED') NOT NULL, ADD COLUMN `public` bool NOT NULL DEFAULT 0, ADD COLUMN `author_email` varchar(254) NULL;
-- Modify "notifications" table
ALTER TABLE `notifications` MODIFY COLUMN `kind` enum('STATUS_CHANGED','ASSIGNED','CREATED','WEBHOOK_DISABLED','REPORTER_NOTE','NOT_FIXED') NOT NULL;
-- Modify "notification_settings" table
ALTER TABLE `notification_settings` ADD COLUMN `reopen_on_not_fixed` bool NOT NULL DEFAULT 1;
-- Create "inbound_emails" table
CREATE TABLE `inbound_emails` (`id` bigint NOT NULL AUTO_INCREMENT, `created_at` datetime(6) NOT NULL, `updated_at` datetime(6) NOT NULL, `dedupe_key` varchar(64) NOT NULL, `message_id` varchar(500) NULL, `from_email` varchar(254) NOT NULL, `to` varchar(1000) NULL, `subject` varchar(1000) NULL, `text` longtext NULL, `status` enum('ATTACHED','QUARANTINED','DISCARDED') NOT NULL, `reason` varchar(200) NULL, `attachments` json NULL, `spf` varchar(100) NULL, `dkim` varchar(500) NULL, `organization_id` bigint NULL, `intervention_id` bigint NULL, PRIMARY KEY (`id`), UNIQUE INDEX `dedupe_key` (`dedupe_key`), INDEX `inboundemail_organization_id_status_created_at` (`organization_id`, `status`, `created_at`), INDEX `inbound_emails_interventions_intervention` (`intervention_id`), CONSTRAINT `inbound_emails_interventions_intervention` FOREIGN KEY (`intervention_id`) REFERENCES `interventions` (`id`) ON UPDATE RESTRICT ON DELETE SET NULL, CONSTRAINT `inbound_emails_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE) CHARSET utf8mb4 COLLATE utf8mb4_bin AUTO_INCREMENT 94489280512;
