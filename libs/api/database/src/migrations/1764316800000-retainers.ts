import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, disableTenantRls, enableTenantRls } from '../lib/sql';

const TABLES = ['retainers', 'ledger_entries', 'time_entries', 'notifications'];

/**
 * Retainers, their append-only hours ledger, time entries and in-app notifications. Row-level
 * security on all four; the ledger can only be inserted and read, by anyone, ever.
 */
export class Retainers1764316800000 implements MigrationInterface {
  name = 'Retainers1764316800000';

  public async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TYPE "public"."overage_policy" AS ENUM('ALLOW', 'BLOCK')`,
      `CREATE TYPE "public"."retainer_status" AS ENUM('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')`,
      `CREATE TABLE "retainers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "reference" character varying(40) NOT NULL, "term_start" date NOT NULL, "term_end" date NOT NULL, "minutes_purchased" integer NOT NULL, "hourly_rate_cents" integer NOT NULL, "overage_rate_cents" integer NOT NULL, "currency" character(3) NOT NULL, "overage_policy" "public"."overage_policy" NOT NULL, "rollover_max_minutes" integer, "response_tier" character varying(60) NOT NULL, "alert_thresholds" integer array NOT NULL DEFAULT '{75,90,100}', "account_manager_id" uuid NOT NULL, "status" "public"."retainer_status" NOT NULL DEFAULT 'DRAFT', "notes" text NOT NULL DEFAULT '', "balance_minutes" integer NOT NULL DEFAULT '0', "overage_minutes" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_7dbbb2e1cd76ab1a10993842aa6" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_retainers_organization_id" ON "retainers"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_retainers_reference" ON "retainers"  ("organization_id", "reference") `,
      `CREATE UNIQUE INDEX "uq_retainers_one_active" ON "retainers"  ("organization_id") WHERE "status" = 'ACTIVE'`,
      `CREATE TYPE "public"."ledger_entry_kind" AS ENUM('PURCHASE', 'TOP_UP', 'TIME_DEBIT', 'PROACTIVE_DEBIT', 'ADJUSTMENT', 'ROLLOVER_CREDIT', 'EXPIRY_WRITE_OFF', 'REVERSAL')`,
      `CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "retainer_id" uuid NOT NULL, "kind" "public"."ledger_entry_kind" NOT NULL, "minutes" integer NOT NULL, "balance_after" integer NOT NULL, "reason" text, "reference_type" character varying(40), "reference_id" uuid, "actor_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_ledger_entries_organization_id" ON "ledger_entries"  ("organization_id") `,
      `CREATE INDEX "ix_ledger_entries_retainer_seq" ON "ledger_entries"  ("retainer_id", "seq") `,
      `CREATE INDEX "ix_ledger_entries_retainer_created" ON "ledger_entries" ("retainer_id", "created_at") INCLUDE ("kind", "minutes", "organization_id")`,
      `CREATE TYPE "public"."work_reference_type" AS ENUM('RETAINER', 'ENGAGEMENT', 'ASSESSMENT', 'TABLETOP')`,
      `CREATE TYPE "public"."time_entry_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')`,
      `CREATE TABLE "time_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "retainer_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reference_type" "public"."work_reference_type" NOT NULL, "reference_id" uuid, "work_date" date NOT NULL, "minutes" integer NOT NULL, "description" text NOT NULL, "billable" boolean NOT NULL DEFAULT true, "status" "public"."time_entry_status" NOT NULL DEFAULT 'DRAFT', "rejection_reason" text, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "debit_entry_id" uuid, CONSTRAINT "PK_b8bc5f10269ba2fe88708904aa0" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_time_entries_organization_id" ON "time_entries"  ("organization_id") `,
      `CREATE INDEX "ix_time_entries_retainer_status" ON "time_entries"  ("retainer_id", "status") `,
      `CREATE INDEX "ix_time_entries_user_date" ON "time_entries"  ("user_id", "work_date") `,
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "dedupe_key" character varying(200) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_notifications_organization_id" ON "notifications"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_notifications_dedupe_key" ON "notifications"  ("dedupe_key") `,
      `CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") `,
      `ALTER TABLE "retainers" ADD CONSTRAINT "fk_retainers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "ledger_entries" ADD CONSTRAINT "fk_ledger_entries_retainer" FOREIGN KEY ("retainer_id") REFERENCES "retainers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "time_entries" ADD CONSTRAINT "fk_time_entries_retainer" FOREIGN KEY ("retainer_id") REFERENCES "retainers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "retainers" ADD CONSTRAINT "ck_retainers_term" CHECK ("term_end" >= "term_start")`,
      `ALTER TABLE "retainers" ADD CONSTRAINT "ck_retainers_amounts" CHECK ("minutes_purchased" >= 0 AND "hourly_rate_cents" >= 0 AND "overage_rate_cents" >= 0 AND ("rollover_max_minutes" IS NULL OR "rollover_max_minutes" >= 0))`,
      `ALTER TABLE "time_entries" ADD CONSTRAINT "ck_time_entries_quarter_hours" CHECK ("minutes" > 0 AND "minutes" % 15 = 0)`,
      ...TABLES.flatMap((t) => enableTenantRls(t)),
      `CREATE FUNCTION vigil_ledger_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'ledger entries cannot be changed or deleted; write a reversing entry' USING ERRCODE = '42501'; END $$`,
      `CREATE TRIGGER ledger_entries_immutable BEFORE UPDATE OR DELETE ON "ledger_entries" FOR EACH ROW EXECUTE FUNCTION vigil_ledger_immutable()`,
      `CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "ledger_entries" FOR EACH STATEMENT EXECUTE FUNCTION vigil_ledger_immutable()`,
      `GRANT SELECT, INSERT, UPDATE ON "retainers", "time_entries", "notifications" TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT ON "ledger_entries" TO ${APP_ROLE}`,
      `GRANT USAGE ON SEQUENCE "ledger_entries_seq_seq" TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    const statements = [
      ...TABLES.flatMap((t) => disableTenantRls(t)),
      `DROP TABLE "notifications"`,
      `DROP TABLE "time_entries"`,
      `DROP TABLE "ledger_entries"`,
      `DROP FUNCTION vigil_ledger_immutable()`,
      `DROP TABLE "retainers"`,
      `DROP TYPE "public"."time_entry_status"`,
      `DROP TYPE "public"."work_reference_type"`,
      `DROP TYPE "public"."ledger_entry_kind"`,
      `DROP TYPE "public"."retainer_status"`,
      `DROP TYPE "public"."overage_policy"`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
