-- Modify "panic_buttons" table
ALTER TABLE `panic_buttons` ADD COLUMN `supply_rules` json NULL;
-- Modify "supplies" table
ALTER TABLE `supplies` ADD COLUMN `replacements` bigint NOT NULL DEFAULT 0;
