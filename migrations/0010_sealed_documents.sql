ALTER TABLE "case_documents" ADD COLUMN "docx_sealed_key" text;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "pdf_sealed_key" text;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "party_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- The parties an earlier release's documents name, from their (still clear) snapshot, before it is sealed.
UPDATE "case_documents" d SET "party_ids" = coalesce((
  SELECT jsonb_agg(p->'id') FROM jsonb_array_elements(d."content"->'snapshot'->'parties') p WHERE jsonb_typeof(p->'id') = 'string'
), '[]'::jsonb) WHERE jsonb_typeof(d."content") = 'object' AND jsonb_typeof(d."content"->'snapshot'->'parties') = 'array';
