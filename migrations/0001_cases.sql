CREATE TABLE "case_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"key" text NOT NULL,
	"from_date" date NOT NULL,
	"due" date NOT NULL,
	"citation" text NOT NULL,
	"rule" jsonb NOT NULL,
	"paused_days" integer DEFAULT 0 NOT NULL,
	"provisional_year" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"template" text NOT NULL,
	"template_version" integer NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"docx_key" text NOT NULL,
	"pdf_key" text NOT NULL,
	"signatures" jsonb NOT NULL,
	"party_confirmation" jsonb,
	"issued_on" date NOT NULL,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"data" jsonb NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"legal_date" date NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"collected_on" date NOT NULL,
	"collected_by" text DEFAULT '' NOT NULL,
	"object_key" text,
	"file_name" text,
	"sha256" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"id_type" text,
	"id_number" text,
	"credit_code" text,
	"legal_representative" text,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"minor" boolean DEFAULT false NOT NULL,
	"represents_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deadline_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"level" text NOT NULL,
	"raised_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"unit_id" uuid,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"code" text NOT NULL,
	"cause" text NOT NULL,
	"field" text NOT NULL,
	"source" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"enforcement_item_code" text,
	"party_name" text DEFAULT '' NOT NULL,
	"party_key" text,
	"party_type" text NOT NULL,
	"lead_officer_id" uuid NOT NULL,
	"officer_ids" uuid[] NOT NULL,
	"record" jsonb NOT NULL,
	"opened_on" date NOT NULL,
	"next_due" date,
	"next_due_key" text,
	"finished" boolean DEFAULT false NOT NULL,
	"origin_case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"body_id" uuid NOT NULL,
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_counters_body_id_series_year_pk" PRIMARY KEY("body_id","series","year")
);
--> statement-breakpoint
CREATE TABLE "document_settings" (
	"body_id" uuid PRIMARY KEY NOT NULL,
	"number_pattern" text NOT NULL,
	"region" text NOT NULL,
	"review_authority" text NOT NULL,
	"court" text NOT NULL,
	"payment_bank" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reminders" ADD CONSTRAINT "case_reminders_deadline_id_case_deadlines_id_fk" FOREIGN KEY ("deadline_id") REFERENCES "public"."case_deadlines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_officer_id_people_id_fk" FOREIGN KEY ("lead_officer_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_settings" ADD CONSTRAINT "document_settings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD CONSTRAINT "signing_keys_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "case_deadlines_open_due_idx" ON "case_deadlines" USING btree ("body_id","due") WHERE "case_deadlines"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "case_deadlines_open_key_uq" ON "case_deadlines" USING btree ("case_id","key") WHERE "case_deadlines"."status" = 'open';--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_number_uq" ON "case_documents" USING btree ("body_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_case_seq_uq" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "case_evidence_case_seq_uq" ON "case_evidence" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_parties_case_idx" ON "case_parties" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_reminders_deadline_level_uq" ON "case_reminders" USING btree ("deadline_id","level");--> statement-breakpoint
CREATE INDEX "case_reminders_body_idx" ON "case_reminders" USING btree ("body_id","raised_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_body_code_uq" ON "cases" USING btree ("body_id","code");--> statement-breakpoint
CREATE INDEX "cases_body_due_idx" ON "cases" USING btree ("body_id","finished","next_due","id");--> statement-breakpoint
CREATE INDEX "cases_body_any_due_idx" ON "cases" USING btree ("body_id","next_due","id");--> statement-breakpoint
CREATE INDEX "cases_body_updated_idx" ON "cases" USING btree ("body_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "cases_officers_idx" ON "cases" USING gin ("officer_ids");--> statement-breakpoint
CREATE INDEX "cases_party_key_idx" ON "cases" USING btree ("party_key");--> statement-breakpoint
CREATE INDEX "cases_party_name_trgm_idx" ON "cases" USING gin ("party_name" gin_trgm_ops);