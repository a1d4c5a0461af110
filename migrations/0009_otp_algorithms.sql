ALTER TABLE "auth_settings" ADD COLUMN "otp_algorithm" text DEFAULT 'totp' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "otp_algorithm" text DEFAULT 'totp' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "otp_pending_algorithm" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "otp_token_serial" text;--> statement-breakpoint
CREATE UNIQUE INDEX "users_otp_token_serial_uq" ON "users" USING btree ("otp_token_serial");--> statement-breakpoint
ALTER TABLE "auth_settings" ADD CONSTRAINT "auth_settings_otp_algorithm" CHECK ("auth_settings"."otp_algorithm" in ('totp', 'sm3'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_otp_algorithm" CHECK ("users"."otp_algorithm" in ('totp', 'sm3'));