CREATE TABLE "ledger_heads" (
	"tree_size" bigint PRIMARY KEY NOT NULL,
	"root" text NOT NULL,
	"at" text NOT NULL,
	"signature" text NOT NULL,
	"public_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_tree" (
	"id" smallint PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"peaks" text NOT NULL,
	CONSTRAINT "ledger_tree_one_row" CHECK ("ledger_tree"."id" = 1)
);
