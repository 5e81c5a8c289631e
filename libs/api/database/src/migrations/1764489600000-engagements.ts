import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, clientVisibilityPolicy, disableTenantRls, enableTenantRls } from '../lib/sql';

const TABLES = [
  'engagements',
  'engagement_severity_changes',
  'engagement_phase_changes',
  'engagement_gate_checks',
  'engagement_members',
  'engagement_tasks',
  'timeline_events',
  'timeline_event_indicators',
  'timeline_event_assets',
  'client_updates',
  'indicators',
  'evidence_items',
  'custody_transfers',
  'scope_assets',
  'scope_accounts',
  'scope_data',
  'post_incident_reviews',
  'corrective_actions',
];

/**
 * What a client user may read of each table, on top of the tenant rule; null: nothing (indicators,
 * evidence, scope and gate checks are the provider team's working material).
 */
const CLIENT_SEES: Record<string, string | null> = {
  engagements: 'true',
  engagement_severity_changes: 'true',
  engagement_phase_changes: 'true',
  engagement_members: 'true',
  engagement_tasks: `"owner_id" = nullif((SELECT current_setting('app.user_id', true)), '')::uuid`,
  timeline_events: `"visibility" = 'CLIENT'`,
  client_updates: `"status" = 'PUBLISHED'`,
  post_incident_reviews: `"released_at" IS NOT NULL`,
  corrective_actions: `EXISTS (SELECT 1 FROM "post_incident_reviews" r WHERE r."engagement_id" = "corrective_actions"."engagement_id" AND r."released_at" IS NOT NULL)`,
  engagement_gate_checks: null,
  timeline_event_indicators: null,
  timeline_event_assets: null,
  indicators: null,
  evidence_items: null,
  custody_transfers: null,
  scope_assets: null,
  scope_accounts: null,
  scope_data: null,
};

function clientVisibility(table: string): string {
  return clientVisibilityPolicy(table, CLIENT_SEES[table] ?? null);
}

/** vigil_apply_actor as in 1764403200000-time-debits, plus app.client when `client` is set. */
function applyActorFunction(client: boolean): string {
  return `CREATE OR REPLACE FUNCTION vigil_apply_actor(p_user_id uuid, p_family_id uuid, p_role user_role, p_organization_id uuid)
        RETURNS TABLE (id uuid, organization_id uuid, role user_role, all_organizations boolean, organization_ids uuid[])
        LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public AS $$
        DECLARE
          a record;
        BEGIN
          SELECT * INTO a FROM vigil_actor(p_user_id, p_family_id) x WHERE x.active;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'Your session has ended. Sign in again.' USING ERRCODE = 'VU401';
          END IF;
          IF a.role IS DISTINCT FROM p_role OR a.organization_id IS DISTINCT FROM p_organization_id THEN
            RAISE EXCEPTION 'Your access has changed. Sign in again to continue.' USING ERRCODE = 'VU401';
          END IF;
          PERFORM set_config('app.all_orgs', CASE WHEN a.all_organizations THEN 'on' ELSE 'off' END, true),
            set_config('app.org_ids', array_to_string(a.organization_ids, ','), true),
            set_config('app.user_id', a.id::text, true)${
              client
                ? `,
            set_config('app.client', CASE WHEN a.role IN ('CLIENT_ADMIN', 'CLIENT_VIEWER') THEN 'on' ELSE 'off' END, true)`
                : ''
            };
          RETURN QUERY SELECT a.id, a.organization_id, a.role, a.all_organizations, a.organization_ids;
        END $$`;
}

/**
 * Engagements: the incident, its severity and phase history with the phase gates, the team,
 * tasks and requests for information, the timeline, client updates, scope, indicators, evidence
 * with its chain of custody, and the post-incident review with corrective actions. Row-level
 * security on every table: the tenant rule, and what client users may read. The chain of custody
 * can only be appended to. Assignments say which consultants are on call for a client.
 */
export class Engagements1764489600000 implements MigrationInterface {
  name = 'Engagements1764489600000';

  public async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TYPE "public"."incident_type" AS ENUM('RANSOMWARE', 'BUSINESS_EMAIL_COMPROMISE', 'DATA_THEFT', 'INSIDER', 'WEB_APPLICATION_COMPROMISE', 'CLOUD_ACCOUNT_COMPROMISE', 'MALWARE', 'DENIAL_OF_SERVICE', 'OTHER')`,
      `CREATE TYPE "public"."severity" AS ENUM('SEV1', 'SEV2', 'SEV3', 'SEV4')`,
      `CREATE TYPE "public"."engagement_phase" AS ENUM('INTAKE', 'DETECTION_ANALYSIS', 'CONTAINMENT', 'ERADICATION_RECOVERY', 'POST_INCIDENT_REVIEW', 'CLOSED')`,
      `CREATE TYPE "public"."declared_via" AS ENUM('PROVIDER', 'CLIENT_PORTAL')`,
      `CREATE TABLE "engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "retainer_id" uuid, "number" integer NOT NULL, "reference" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "incident_type" "public"."incident_type" NOT NULL, "severity" "public"."severity" NOT NULL, "phase" "public"."engagement_phase" NOT NULL DEFAULT 'INTAKE', "summary" text NOT NULL DEFAULT '', "internal_notes" text NOT NULL DEFAULT '', "first_activity_at" TIMESTAMP WITH TIME ZONE, "detected_at" TIMESTAMP WITH TIME ZONE, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "contained_at" TIMESTAMP WITH TIME ZONE, "recovered_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "declared_by_id" uuid, "declared_via" "public"."declared_via" NOT NULL, "last_client_update_at" TIMESTAMP WITH TIME ZONE, "next_update_due_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagements_organization_id" ON "engagements"  ("organization_id") `,
      `CREATE INDEX "ix_engagements_open" ON "engagements"  ("phase", "severity", "declared_at") `,
      // The workspace's open engagements in list order (newest declared first), for the page.
      `CREATE INDEX "ix_engagements_open_declared" ON "engagements" ("declared_at" DESC, "id" DESC) INCLUDE ("organization_id") WHERE "phase" <> 'CLOSED'`,
      `CREATE UNIQUE INDEX "uq_engagements_number" ON "engagements"  ("organization_id", "number") `,
      `CREATE TABLE "engagement_severity_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "from_severity" "public"."severity", "to_severity" "public"."severity" NOT NULL, "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_399fa851fc0ddb3f9a265cc4cbd" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagement_severity_changes_organization_id" ON "engagement_severity_changes"  ("organization_id") `,
      `CREATE INDEX "ix_engagement_severity_changes_engagement" ON "engagement_severity_changes"  ("engagement_id", "changed_at") `,
      `CREATE TABLE "engagement_phase_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "from_phase" "public"."engagement_phase", "to_phase" "public"."engagement_phase" NOT NULL, "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8beee34727ad5e093296773fef9" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagement_phase_changes_organization_id" ON "engagement_phase_changes"  ("organization_id") `,
      `CREATE INDEX "ix_engagement_phase_changes_engagement" ON "engagement_phase_changes"  ("engagement_id", "changed_at") `,
      `CREATE TABLE "engagement_gate_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "item" character varying(60) NOT NULL, "checked_by_id" uuid NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f7a87bcfea290d898b65cff41b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagement_gate_checks_organization_id" ON "engagement_gate_checks"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_engagement_gate_checks_item" ON "engagement_gate_checks"  ("engagement_id", "item") `,
      `CREATE TYPE "public"."engagement_role" AS ENUM('INCIDENT_COMMANDER', 'LEAD_INVESTIGATOR', 'FORENSIC_ANALYST', 'MALWARE_ANALYST', 'SCOPING_LEAD', 'COMMUNICATIONS_LEAD', 'LEGAL_LIAISON', 'EXECUTIVE_SPONSOR', 'IT_LEAD', 'LEGAL_COUNSEL', 'COMMUNICATIONS')`,
      `CREATE TABLE "engagement_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."engagement_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8d73b94bab48c324a4c5d5a711" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagement_members_organization_id" ON "engagement_members"  ("organization_id") `,
      `CREATE INDEX "ix_engagement_members_user_id" ON "engagement_members"  ("user_id") `,
      `CREATE UNIQUE INDEX "uq_engagement_members_commander" ON "engagement_members"  ("engagement_id") WHERE "role" = 'INCIDENT_COMMANDER'`,
      `CREATE UNIQUE INDEX "uq_engagement_members_role" ON "engagement_members"  ("engagement_id", "user_id", "role") `,
      `CREATE TYPE "public"."task_priority" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'URGENT')`,
      `CREATE TYPE "public"."task_status" AS ENUM('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')`,
      `CREATE TABLE "engagement_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "details" text NOT NULL DEFAULT '', "owner_id" uuid, "request_for_information" boolean NOT NULL DEFAULT false, "blocking" boolean NOT NULL DEFAULT false, "phase" "public"."engagement_phase" NOT NULL, "priority" "public"."task_priority" NOT NULL DEFAULT 'MEDIUM', "due_at" TIMESTAMP WITH TIME ZONE, "status" "public"."task_status" NOT NULL DEFAULT 'OPEN', "answer" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" uuid, "created_by_id" uuid NOT NULL, CONSTRAINT "PK_a5806c1e1f5a2701bff48ccbb59" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_engagement_tasks_organization_id" ON "engagement_tasks"  ("organization_id") `,
      `CREATE INDEX "ix_engagement_tasks_owner" ON "engagement_tasks"  ("owner_id", "status") `,
      `CREATE INDEX "ix_engagement_tasks_engagement" ON "engagement_tasks"  ("engagement_id", "status") `,
      `CREATE TYPE "public"."timeline_event_kind" AS ENUM('ATTACKER_ACTIVITY', 'DETECTION', 'RESPONSE_ACTION', 'COMMUNICATION', 'DECISION')`,
      `CREATE TYPE "public"."visibility" AS ENUM('INTERNAL', 'CLIENT')`,
      `CREATE TABLE "timeline_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "occurred_time_zone" character varying(64) NOT NULL, "kind" "public"."timeline_event_kind" NOT NULL, "description" text NOT NULL, "source" character varying(200) NOT NULL DEFAULT '', "visibility" "public"."visibility" NOT NULL DEFAULT 'INTERNAL', "created_by_id" uuid NOT NULL, CONSTRAINT "PK_a7267f3a55a080185192d21cd5a" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_timeline_events_organization_id" ON "timeline_events"  ("organization_id") `,
      // With the tenant and visibility columns, a timeline's page and count come from the index alone.
      `CREATE INDEX "ix_timeline_events_engagement_occurred" ON "timeline_events" ("engagement_id", "occurred_at", "id") INCLUDE ("organization_id", "visibility")`,
      `CREATE TABLE "timeline_event_indicators" ("event_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_c28c9f3a78fff9b3794603d1497" PRIMARY KEY ("event_id", "indicator_id"))`,
      `CREATE INDEX "ix_timeline_event_indicators_indicator" ON "timeline_event_indicators"  ("indicator_id") `,
      `CREATE INDEX "ix_timeline_event_indicators_organization_id" ON "timeline_event_indicators"  ("organization_id") `,
      `CREATE TABLE "timeline_event_assets" ("event_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_fb45c999b6beb1784cc83d7cd71" PRIMARY KEY ("event_id", "asset_id"))`,
      `CREATE INDEX "ix_timeline_event_assets_asset" ON "timeline_event_assets"  ("asset_id") `,
      `CREATE INDEX "ix_timeline_event_assets_organization_id" ON "timeline_event_assets"  ("organization_id") `,
      `CREATE TYPE "public"."client_update_status" AS ENUM('DRAFT', 'PUBLISHED')`,
      `CREATE TABLE "client_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "what_we_know" text NOT NULL DEFAULT '', "what_we_did" text NOT NULL DEFAULT '', "what_is_next" text NOT NULL DEFAULT '', "what_we_need" text NOT NULL DEFAULT '', "status" "public"."client_update_status" NOT NULL DEFAULT 'DRAFT', "next_update_by" TIMESTAMP WITH TIME ZONE, "author_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, CONSTRAINT "PK_469ce6f6b8327a1d87e138b4e8e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_client_updates_organization_id" ON "client_updates"  ("organization_id") `,
      `CREATE INDEX "ix_client_updates_engagement" ON "client_updates"  ("engagement_id", "published_at") `,
      `CREATE TYPE "public"."indicator_type" AS ENUM('IPV4', 'IPV6', 'DOMAIN', 'URL', 'EMAIL', 'MD5', 'SHA1', 'SHA256', 'FILE_PATH', 'REGISTRY_KEY', 'USER_AGENT')`,
      `CREATE TYPE "public"."tlp_marking" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')`,
      `CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "type" "public"."indicator_type" NOT NULL, "value" text NOT NULL, "tlp" "public"."tlp_marking" NOT NULL DEFAULT 'AMBER', "first_seen" TIMESTAMP WITH TIME ZONE, "last_seen" TIMESTAMP WITH TIME ZONE, "description" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_indicators_organization_id" ON "indicators"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_indicators_value" ON "indicators"  ("engagement_id", "type", "value") `,
      `CREATE TABLE "evidence_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "item_number" integer NOT NULL, "description" text NOT NULL, "source" character varying(300) NOT NULL, "collected_by" character varying(200) NOT NULL, "collected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sha256" character(64), "storage_location" character varying(300) NOT NULL, "custodian" character varying(200) NOT NULL, "created_by_id" uuid NOT NULL, CONSTRAINT "PK_5c67144bedcbdc385c0716d8e50" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_evidence_items_organization_id" ON "evidence_items"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_evidence_items_number" ON "evidence_items"  ("engagement_id", "item_number") `,
      `CREATE TABLE "custody_transfers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, "from_party" character varying(200) NOT NULL, "to_party" character varying(200) NOT NULL, "transferred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "purpose" text NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_805d3ae7fbc3fcd72aa3fd07a3e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_custody_transfers_organization_id" ON "custody_transfers"  ("organization_id") `,
      `CREATE INDEX "ix_custody_transfers_evidence" ON "custody_transfers"  ("evidence_id", "transferred_at") `,
      `CREATE TYPE "public"."asset_kind" AS ENUM('WORKSTATION', 'SERVER', 'NETWORK_DEVICE', 'CLOUD_RESOURCE', 'MOBILE_DEVICE', 'OTHER')`,
      `CREATE TYPE "public"."compromise_status" AS ENUM('SUSPECTED', 'CONFIRMED', 'CLEARED')`,
      `CREATE TABLE "scope_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "hostname" character varying(253) NOT NULL DEFAULT '', "ip_address" character varying(45), "kind" "public"."asset_kind" NOT NULL, "owner" character varying(200) NOT NULL DEFAULT '', "compromise_status" "public"."compromise_status" NOT NULL DEFAULT 'SUSPECTED', CONSTRAINT "PK_e9d206cec83537ddecabbd0e6b6" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_scope_assets_organization_id" ON "scope_assets"  ("organization_id") `,
      `CREATE INDEX "ix_scope_assets_engagement" ON "scope_assets"  ("engagement_id") `,
      `CREATE TYPE "public"."account_kind" AS ENUM('USER', 'PRIVILEGED', 'SERVICE')`,
      `CREATE TABLE "scope_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "username" character varying(200) NOT NULL, "system" character varying(200) NOT NULL DEFAULT '', "kind" "public"."account_kind" NOT NULL, "compromise_status" "public"."compromise_status" NOT NULL DEFAULT 'SUSPECTED', CONSTRAINT "PK_9a27311b48f13f38dd43c30d9c2" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_scope_accounts_organization_id" ON "scope_accounts"  ("organization_id") `,
      `CREATE INDEX "ix_scope_accounts_engagement" ON "scope_accounts"  ("engagement_id") `,
      `CREATE TYPE "public"."data_category" AS ENUM('PERSONAL_DATA', 'HEALTH_DATA', 'PAYMENT_CARD_DATA', 'FINANCIAL_DATA', 'CREDENTIALS', 'INTELLECTUAL_PROPERTY', 'OTHER')`,
      `CREATE TABLE "scope_data" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "category" "public"."data_category" NOT NULL, "estimated_records" integer, "description" text NOT NULL DEFAULT '', CONSTRAINT "PK_18e4b392d0ac9c01cf802e8f94e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_scope_data_organization_id" ON "scope_data"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_scope_data_category" ON "scope_data"  ("engagement_id", "category") `,
      `CREATE TABLE "post_incident_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "root_cause" text NOT NULL DEFAULT '', "timeline_summary" text NOT NULL DEFAULT '', "what_worked" text NOT NULL DEFAULT '', "what_did_not" text NOT NULL DEFAULT '', "gaps_tooling" text NOT NULL DEFAULT '', "gaps_process" text NOT NULL DEFAULT '', "gaps_training" text NOT NULL DEFAULT '', "released_at" TIMESTAMP WITH TIME ZONE, "released_by_id" uuid, CONSTRAINT "PK_1fe0e62499f0161f015f8c4df02" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_post_incident_reviews_organization_id" ON "post_incident_reviews"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_post_incident_reviews_engagement" ON "post_incident_reviews"  ("engagement_id") `,
      `CREATE TYPE "public"."corrective_action_status" AS ENUM('OPEN', 'DONE')`,
      `CREATE TABLE "corrective_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "owner_name" character varying(200) NOT NULL, "due_date" date NOT NULL, "status" "public"."corrective_action_status" NOT NULL DEFAULT 'OPEN', "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1382eccccc5ca8d821e3688ade" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_corrective_actions_organization_id" ON "corrective_actions"  ("organization_id") `,
      `CREATE INDEX "ix_corrective_actions_engagement" ON "corrective_actions"  ("engagement_id", "status") `,
      `ALTER TABLE "engagements" ADD CONSTRAINT "fk_engagements_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "engagements" ADD CONSTRAINT "fk_engagements_retainer" FOREIGN KEY ("retainer_id") REFERENCES "retainers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "engagement_severity_changes" ADD CONSTRAINT "fk_engagement_severity_changes_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "engagement_phase_changes" ADD CONSTRAINT "fk_engagement_phase_changes_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "engagement_gate_checks" ADD CONSTRAINT "fk_engagement_gate_checks_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "engagement_members" ADD CONSTRAINT "fk_engagement_members_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "engagement_tasks" ADD CONSTRAINT "fk_engagement_tasks_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "timeline_events" ADD CONSTRAINT "fk_timeline_events_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "client_updates" ADD CONSTRAINT "fk_client_updates_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "indicators" ADD CONSTRAINT "fk_indicators_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "fk_evidence_items_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "custody_transfers" ADD CONSTRAINT "fk_custody_transfers_evidence" FOREIGN KEY ("evidence_id") REFERENCES "evidence_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "scope_assets" ADD CONSTRAINT "fk_scope_assets_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "scope_accounts" ADD CONSTRAINT "fk_scope_accounts_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "scope_data" ADD CONSTRAINT "fk_scope_data_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "post_incident_reviews" ADD CONSTRAINT "fk_post_incident_reviews_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "corrective_actions" ADD CONSTRAINT "fk_corrective_actions_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      ...TABLES.flatMap((t) => [...enableTenantRls(t), clientVisibility(t)]),
      `CREATE FUNCTION vigil_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% can only be appended to: record a new entry instead', TG_TABLE_NAME USING ERRCODE = '42501'; END $$`,
      `CREATE TRIGGER custody_transfers_append_only BEFORE UPDATE OR DELETE ON "custody_transfers" FOR EACH ROW EXECUTE FUNCTION vigil_append_only()`,
      `CREATE TRIGGER custody_transfers_no_truncate BEFORE TRUNCATE ON "custody_transfers" FOR EACH STATEMENT EXECUTE FUNCTION vigil_append_only()`,
      applyActorFunction(true),
      `ALTER TABLE "organization_assignments" ADD "on_call" boolean NOT NULL DEFAULT false`,
      `GRANT UPDATE ("on_call") ON "organization_assignments" TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT, UPDATE ON ${TABLES.filter((t) => t !== 'custody_transfers')
        .map((t) => `"${t}"`)
        .join(', ')} TO ${APP_ROLE}`,
      `GRANT DELETE ON "engagement_members", "engagement_gate_checks", "timeline_event_indicators", "timeline_event_assets", "scope_assets", "scope_accounts", "scope_data", "corrective_actions" TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT ON "custody_transfers" TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    const statements = [
      applyActorFunction(false),
      `ALTER TABLE "organization_assignments" DROP COLUMN "on_call"`,
      ...TABLES.map((t) => `DROP POLICY IF EXISTS "${t}_client_visibility" ON "${t}"`),
      ...TABLES.flatMap((t) => disableTenantRls(t)),
      `DROP TABLE "corrective_actions"`,
      `DROP TABLE "post_incident_reviews"`,
      `DROP TABLE "scope_data"`,
      `DROP TABLE "scope_accounts"`,
      `DROP TABLE "scope_assets"`,
      `DROP TABLE "custody_transfers"`,
      `DROP TABLE "evidence_items"`,
      `DROP TABLE "indicators"`,
      `DROP TABLE "client_updates"`,
      `DROP TABLE "timeline_event_assets"`,
      `DROP TABLE "timeline_event_indicators"`,
      `DROP TABLE "timeline_events"`,
      `DROP TABLE "engagement_tasks"`,
      `DROP TABLE "engagement_members"`,
      `DROP TABLE "engagement_gate_checks"`,
      `DROP TABLE "engagement_phase_changes"`,
      `DROP TABLE "engagement_severity_changes"`,
      `DROP TABLE "engagements"`,
      `DROP FUNCTION vigil_append_only()`,
      `DROP TYPE "public"."corrective_action_status"`,
      `DROP TYPE "public"."data_category"`,
      `DROP TYPE "public"."account_kind"`,
      `DROP TYPE "public"."compromise_status"`,
      `DROP TYPE "public"."asset_kind"`,
      `DROP TYPE "public"."tlp_marking"`,
      `DROP TYPE "public"."indicator_type"`,
      `DROP TYPE "public"."client_update_status"`,
      `DROP TYPE "public"."visibility"`,
      `DROP TYPE "public"."timeline_event_kind"`,
      `DROP TYPE "public"."task_status"`,
      `DROP TYPE "public"."task_priority"`,
      `DROP TYPE "public"."engagement_role"`,
      `DROP TYPE "public"."declared_via"`,
      `DROP TYPE "public"."engagement_phase"`,
      `DROP TYPE "public"."severity"`,
      `DROP TYPE "public"."incident_type"`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
