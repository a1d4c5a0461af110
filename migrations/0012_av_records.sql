CREATE TABLE "av_exemptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"reason_kind" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "av_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"activity" text NOT NULL,
	"title" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"officers" text DEFAULT '' NOT NULL,
	"device_serial" text NOT NULL,
	"officer_card_id" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"important" boolean DEFAULT false NOT NULL,
	"device_hash_algorithm" text,
	"device_hash" text,
	"interruption_note" text DEFAULT '' NOT NULL,
	"late_reason" text DEFAULT '' NOT NULL,
	"late_approved_by" text DEFAULT '' NOT NULL,
	"object_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"sm3" text NOT NULL,
	"media" jsonb NOT NULL,
	"poster_key" text,
	"registered_by" uuid NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "av_records_span_ck" CHECK ("av_records"."ended_at" >= "av_records"."started_at")
);
--> statement-breakpoint
CREATE TABLE "av_uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"size" bigint NOT NULL,
	"details" jsonb NOT NULL,
	"record_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "av_exemptions" ADD CONSTRAINT "av_exemptions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_uploads" ADD CONSTRAINT "av_uploads_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_uploads" ADD CONSTRAINT "av_uploads_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "av_records_case_seq_uq" ON "av_records" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "av_records_sha256_idx" ON "av_records" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "av_uploads_case_idx" ON "av_uploads" USING btree ("case_id");