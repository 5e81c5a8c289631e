import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, clientVisibilityPolicy, disableTenantRls, enableTenantRls } from '../lib/sql';

/** What a client user may read of each table; null: nothing (the provider's own material). */
const CLIENT_SEES: Record<string, string | null> = {
  sla_calendars: null,
  sla_policies: null,
  sla_goals: null,
  sla_cycles: 'true',
  regulatory_profiles: 'true',
  engagement_regulatory_facts: null,
  regulatory_deadlines: `"status" IN ('CONFIRMED', 'SUBMITTED')`,
};

const TABLES = Object.keys(CLIENT_SEES);

/**
 * The SLA engine: calendars, policies per retainer tier with goals per severity, the cycles of
 * every commitment on an engagement (the truth the alarms in Redis are re-armed from), regulatory
 * profiles of clients, the trigger facts of an engagement and the deadlines they arm. The
 * engagement learns when its first responder engaged and whether the team waits on the client.
 * Row-level security (tenant rule in the hashed form, and what client users may read) on all.
 */
export class Sla1764662400000 implements MigrationInterface {
  name = 'Sla1764662400000';

  public async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "sla_calendars" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "time_zone" character varying(64), "week" jsonb, "holidays" date array NOT NULL DEFAULT '{}', CONSTRAINT "PK_977ff103ae9eb48a49a5f007648" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_sla_calendars_organization_id" ON "sla_calendars"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_sla_calendars_name" ON "sla_calendars"  ("organization_id", "name") `,
      `CREATE TABLE "sla_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "retainer_tier" character varying(60), "warning_shares" integer array NOT NULL DEFAULT '{75,90}', "escalation_delays_minutes" integer array NOT NULL DEFAULT '{15,60,120}', CONSTRAINT "PK_41b6803cef982534243a67b6302" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_sla_policies_organization_id" ON "sla_policies"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_sla_policies_default" ON "sla_policies"  ("organization_id") WHERE "retainer_tier" IS NULL`,
      `CREATE UNIQUE INDEX "uq_sla_policies_tier" ON "sla_policies" ("organization_id", lower("retainer_tier")) WHERE "retainer_tier" IS NOT NULL`,
      `CREATE TYPE "public"."sla_goal_kind" AS ENUM('ACKNOWLEDGE', 'RESPOND', 'CLIENT_UPDATE', 'REPORT', 'REGULATORY')`,
      `CREATE TABLE "sla_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "policy_id" uuid NOT NULL, "kind" "public"."sla_goal_kind" NOT NULL, "severity" "public"."severity" NOT NULL, "duration_minutes" integer NOT NULL, "calendar_id" uuid, CONSTRAINT "ck_sla_goals_duration" CHECK ("duration_minutes" > 0), CONSTRAINT "PK_51e5c2d393568f754a2ba6707d2" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_sla_goals_organization_id" ON "sla_goals"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_sla_goals_kind_severity" ON "sla_goals"  ("policy_id", "kind", "severity") `,
      `CREATE TYPE "public"."sla_cycle_state" AS ENUM('RUNNING', 'PAUSED', 'MET', 'BREACHED', 'CANCELLED')`,
      `CREATE TABLE "sla_cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "kind" "public"."sla_goal_kind" NOT NULL, "sequence" integer NOT NULL, "severity" "public"."severity", "policy_id" uuid, "regulatory_deadline_id" uuid, "label" character varying(200) NOT NULL, "goal_minutes" integer NOT NULL, "calendar" jsonb NOT NULL, "pausable" boolean NOT NULL DEFAULT true, "state" "public"."sla_cycle_state" NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "pauses" jsonb NOT NULL DEFAULT '[]', "due_at" TIMESTAMP WITH TIME ZONE, "stopped_at" TIMESTAMP WITH TIME ZONE, "warning_shares" integer array NOT NULL, "warnings_sent" integer array NOT NULL DEFAULT '{}', "breached_at" TIMESTAMP WITH TIME ZONE, "breach_recorded_at" TIMESTAMP WITH TIME ZONE, "escalation_delays_minutes" integer array NOT NULL, "escalations_sent" integer NOT NULL DEFAULT '0', "next_alarm_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, CONSTRAINT "ck_sla_cycles_goal" CHECK ("goal_minutes" >= 0), CONSTRAINT "PK_82bef426493197ddb0533681336" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_sla_cycles_organization_id" ON "sla_cycles"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_sla_cycles_sequence" ON "sla_cycles"  ("engagement_id", "kind", "sequence") `,
      `CREATE TYPE "public"."regulatory_regime" AS ENUM('EU_GDPR', 'UK_GDPR', 'NIS2_ESSENTIAL', 'NIS2_IMPORTANT', 'DORA', 'SEC', 'HIPAA_COVERED_ENTITY', 'HIPAA_BUSINESS_ASSOCIATE', 'PCI_DSS_MERCHANT')`,
      `CREATE TABLE "regulatory_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "regimes" "public"."regulatory_regime" array NOT NULL DEFAULT '{}', "notes" text NOT NULL DEFAULT '', CONSTRAINT "PK_cea2d4aa1378f8dcc25d9afec4d" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "uq_regulatory_profiles_organization" ON "regulatory_profiles"  ("organization_id") `,
      `CREATE TABLE "engagement_regulatory_facts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "aware_at" TIMESTAMP WITH TIME ZONE, "personal_data_affected" boolean NOT NULL DEFAULT false, "health_data_affected" boolean NOT NULL DEFAULT false, "card_data_affected" boolean NOT NULL DEFAULT false, "records_affected" integer, "significant_incident" boolean NOT NULL DEFAULT false, "major_classified_at" TIMESTAMP WITH TIME ZONE, "materiality_determined_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_87ae302abacfc9e92e592d86fa1" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagement_regulatory_facts_organization_id" ON "engagement_regulatory_facts"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_engagement_regulatory_facts_engagement" ON "engagement_regulatory_facts"  ("engagement_id") `,
      `CREATE TYPE "public"."regulatory_deadline_status" AS ENUM('PROPOSED', 'CONFIRMED', 'DISMISSED', 'SUBMITTED')`,
      `CREATE TABLE "regulatory_deadlines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "regime" "public"."regulatory_regime" NOT NULL, "obligation" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "rule" text NOT NULL, "trigger_label" character varying(200) NOT NULL, "trigger_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."regulatory_deadline_status" NOT NULL DEFAULT 'PROPOSED', "decision_reason" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "submission_reference" character varying(200), CONSTRAINT "PK_41542d3f60069dbc8ce216124f9" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_regulatory_deadlines_organization_id" ON "regulatory_deadlines"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_regulatory_deadlines_obligation" ON "regulatory_deadlines"  ("engagement_id", "obligation") `,
      `ALTER TABLE "engagements" ADD "responder_engaged_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "engagements" ADD "waiting_on_client" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "engagements" ADD "waiting_on_client_reason" text`,
      `ALTER TABLE "sla_calendars" ADD CONSTRAINT "fk_sla_calendars_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "sla_policies" ADD CONSTRAINT "fk_sla_policies_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "sla_goals" ADD CONSTRAINT "fk_sla_goals_policy" FOREIGN KEY ("policy_id") REFERENCES "sla_policies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "sla_goals" ADD CONSTRAINT "fk_sla_goals_calendar" FOREIGN KEY ("calendar_id") REFERENCES "sla_calendars"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "sla_cycles" ADD CONSTRAINT "fk_sla_cycles_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "regulatory_profiles" ADD CONSTRAINT "fk_regulatory_profiles_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "engagement_regulatory_facts" ADD CONSTRAINT "fk_engagement_regulatory_facts_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "regulatory_deadlines" ADD CONSTRAINT "fk_regulatory_deadlines_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      // Cycles by alarm instant: alarms take the due ones, the sweep re-arms the future ones' ticks.
      `CREATE INDEX "ix_sla_cycles_alarm" ON "sla_cycles" ("next_alarm_at") WHERE "next_alarm_at" IS NOT NULL`,
      ...TABLES.flatMap((t) => [
        ...enableTenantRls(t, 'organization_id', { hashed: true }),
        clientVisibilityPolicy(t, CLIENT_SEES[t] ?? null),
      ]),
      `GRANT SELECT, INSERT, UPDATE ON ${TABLES.map((t) => `"${t}"`).join(', ')} TO ${APP_ROLE}`,
      `GRANT DELETE ON "sla_goals" TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    const statements = [
      ...TABLES.map((t) => `DROP POLICY IF EXISTS "${t}_client_visibility" ON "${t}"`),
      ...TABLES.flatMap((t) => disableTenantRls(t)),
      `ALTER TABLE "engagements" DROP COLUMN "waiting_on_client_reason"`,
      `ALTER TABLE "engagements" DROP COLUMN "waiting_on_client"`,
      `ALTER TABLE "engagements" DROP COLUMN "responder_engaged_at"`,
      `DROP TABLE "regulatory_deadlines"`,
      `DROP TABLE "engagement_regulatory_facts"`,
      `DROP TABLE "regulatory_profiles"`,
      `DROP TABLE "sla_cycles"`,
      `DROP TABLE "sla_goals"`,
      `DROP TABLE "sla_policies"`,
      `DROP TABLE "sla_calendars"`,
      `DROP TYPE "public"."regulatory_deadline_status"`,
      `DROP TYPE "public"."regulatory_regime"`,
      `DROP TYPE "public"."sla_cycle_state"`,
      `DROP TYPE "public"."sla_goal_kind"`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
