-- Modify "meter_readings" table
ALTER TABLE `meter_readings` ADD COLUMN `jump_accepted` bool NOT NULL DEFAULT 0;
