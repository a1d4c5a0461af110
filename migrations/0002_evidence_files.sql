ALTER TABLE "case_evidence" ADD COLUMN "mime_type" text;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "size" bigint;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "sm3" text;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "file_attached_by" uuid;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "file_attached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "captured_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "device" text;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_file_complete_ck" CHECK (("case_evidence"."object_key" is null and "case_evidence"."sha256" is null and "case_evidence"."sm3" is null and "case_evidence"."size" is null and "case_evidence"."file_attached_at" is null)
        or ("case_evidence"."object_key" is not null and "case_evidence"."sha256" is not null and "case_evidence"."sm3" is not null and "case_evidence"."size" is not null and "case_evidence"."file_attached_at" is not null));