CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"case_kind" text NOT NULL,
	"subject" text NOT NULL,
	"decided_on" date NOT NULL,
	"due" date NOT NULL,
	"due_citation" text NOT NULL,
	"status" text NOT NULL,
	"intent" text DEFAULT 'publish' NOT NULL,
	"not_published_reason" text,
	"not_published_note" text,
	"mode" text DEFAULT 'summary' NOT NULL,
	"summary" jsonb NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"full_text" text,
	"spans" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"edits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_document_id" uuid,
	"minor_case" boolean DEFAULT false NOT NULL,
	"credit_severity" text DEFAULT 'general' NOT NULL,
	"chain" text[],
	"approvals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_on" date,
	"outcome" jsonb,
	"withdrawal_due" date,
	"withdrawal_reason" text,
	"withdrawn_on" date,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publications_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "publicity_settings" (
	"body_id" uuid PRIMARY KEY NOT NULL,
	"approval_chain" text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_settings" ADD CONSTRAINT "publicity_settings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publications_body_status_due_idx" ON "publications" USING btree ("body_id","status","due");--> statement-breakpoint
CREATE INDEX "publications_public_idx" ON "publications" USING btree ("status","decided_on","id");--> statement-breakpoint
CREATE INDEX "publications_search_trgm_idx" ON "publications" USING gin ("search_text" gin_trgm_ops);