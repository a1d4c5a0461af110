DROP INDEX "people_id_number_uq";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "id_number_index" text;--> statement-breakpoint
ALTER TABLE "case_parties" ADD COLUMN "id_number_index" text;--> statement-breakpoint
CREATE UNIQUE INDEX "people_id_number_index_uq" ON "people" USING btree ("id_number_index") WHERE "people"."id_number_index" is not null;--> statement-breakpoint
CREATE INDEX "case_parties_id_number_index_idx" ON "case_parties" USING btree ("id_number_index");