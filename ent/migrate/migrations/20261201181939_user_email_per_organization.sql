-- Modify "users" table
ALTER TABLE `users` DROP INDEX `email`, ADD UNIQUE INDEX `user_email_organization_id` (`email`, `organization_id`);
