import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, disableTenantRls, enableTenantRls } from '../lib/sql';

const TENANT_TABLES = [
  'users',
  'organization_assignments',
  'invitations',
  'refresh_tokens',
  'audit_log',
];

/**
 * Identity and tenancy: organisations, users, assignments, invitations, refresh tokens, audit log.
 * Every tenant-scoped table has row-level security (ENABLE and FORCE); the application role gets
 * only the privileges it needs, and on the audit log only SELECT and INSERT.
 */
export class Initial1764230400000 implements MigrationInterface {
  name = 'Initial1764230400000';

  public async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "actor_user_id" uuid, "actor_name" character varying(200), "actor_kind" character varying(16) NOT NULL, "action" character varying(100) NOT NULL, "target_type" character varying(60) NOT NULL, "target_id" uuid, "changes" jsonb NOT NULL DEFAULT '{}', "request_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_audit_log_actor_user_id" ON "audit_log"  ("actor_user_id") `,
      `CREATE INDEX "ix_audit_log_action" ON "audit_log"  ("action") `,
      `CREATE INDEX "ix_audit_log_organization_created" ON "audit_log"  ("organization_id", "created_at") `,
      `CREATE TYPE "public"."organization_kind" AS ENUM('PROVIDER', 'CLIENT')`,
      `CREATE TYPE "public"."organization_status" AS ENUM('ACTIVE', 'OFFBOARDED')`,
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "kind" "public"."organization_kind" NOT NULL, "name" character varying(200) NOT NULL, "slug" character varying(63) NOT NULL, "time_zone" character varying(64) NOT NULL, "country" character(2) NOT NULL, "sector" character varying(100) NOT NULL, "status" "public"."organization_status" NOT NULL DEFAULT 'ACTIVE', "offboarded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "uq_organizations_slug" ON "organizations"  ("slug") `,
      `CREATE INDEX "ix_organizations_kind_name_id" ON "organizations"  ("kind", "name", "id") `,
      `CREATE UNIQUE INDEX "uq_organizations_single_provider" ON "organizations"  ("kind") WHERE "kind" = 'PROVIDER'`,
      `CREATE TYPE "public"."user_role" AS ENUM('PROVIDER_ADMIN', 'ACCOUNT_MANAGER', 'CONSULTANT', 'CLIENT_ADMIN', 'CLIENT_VIEWER')`,
      `CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED')`,
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."user_role" NOT NULL, "token_hash" character(64) NOT NULL, "status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING', "invited_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "expired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_invitations_organization_id" ON "invitations"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations"  ("token_hash") `,
      `CREATE TYPE "public"."user_status" AS ENUM('ACTIVE', 'DEACTIVATED')`,
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "time_zone" character varying(64) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" text NOT NULL, "status" "public"."user_status" NOT NULL DEFAULT 'ACTIVE', "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_users_organization_id" ON "users"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `,
      `CREATE TABLE "organization_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "assigned_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9bd70c42cc16ae717496d56c7f6" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_organization_assignments_organization_id" ON "organization_assignments"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_organization_assignments_user_org" ON "organization_assignments"  ("user_id", "organization_id") `,
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_refresh_tokens_family_id" ON "refresh_tokens"  ("family_id") `,
      `CREATE INDEX "ix_refresh_tokens_user_id" ON "refresh_tokens"  ("user_id") `,
      `CREATE INDEX "ix_refresh_tokens_organization_id" ON "refresh_tokens"  ("organization_id") `,
      `CREATE UNIQUE INDEX "uq_refresh_tokens_token_hash" ON "refresh_tokens"  ("token_hash") `,
      `ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "organization_assignments" ADD CONSTRAINT "fk_organization_assignments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "organization_assignments" ADD CONSTRAINT "fk_organization_assignments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      // Organisations are scoped by their own id.
      `ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY`,
      ...enableTenantRls('organizations', 'id').slice(2),
      ...TENANT_TABLES.flatMap((t) => enableTenantRls(t)),
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      // The audit log can never change, not even by its owner.
      `CREATE FUNCTION vigil_audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log rows cannot be changed or deleted' USING ERRCODE = '42501'; END $$`,
      `CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION vigil_audit_log_immutable()`,
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION vigil_audit_log_immutable()`,
      // Look-ups that must happen before anyone is known (sign-in, refresh, accepting an invitation).
      // They run as the owner with every organisation visible and return only what the caller needs.
      `CREATE FUNCTION vigil_auth_user_by_email(p_email text)
        RETURNS TABLE (id uuid, organization_id uuid, role user_role, password_hash text, status user_status, organization_status organization_status)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.all_orgs = 'on' AS $$
        SELECT u.id, u.organization_id, u.role, u.password_hash, u.status, o.status
        FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = lower(p_email) $$`,
      // Who a signed-in user is right now and which organisations they may see. PL/pgSQL so that
      // its plan is cached per connection: it runs at the start of every request's transaction.
      `CREATE FUNCTION vigil_actor(p_user_id uuid, p_family_id uuid)
        RETURNS TABLE (id uuid, organization_id uuid, role user_role, active boolean, all_organizations boolean, organization_ids uuid[])
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET app.all_orgs = 'on' AS $$
        #variable_conflict use_column
        BEGIN
          RETURN QUERY
          SELECT u.id, u.organization_id, u.role,
            u.status = 'ACTIVE' AND o.status = 'ACTIVE' AND (p_family_id IS NULL OR EXISTS (
              SELECT 1 FROM refresh_tokens t WHERE t.family_id = p_family_id AND t.user_id = u.id AND t.revoked_at IS NULL)),
            u.role = 'PROVIDER_ADMIN',
            CASE WHEN o.kind = 'PROVIDER' THEN u.organization_id || coalesce((
              SELECT array_agg(a.organization_id) FROM organization_assignments a
              JOIN organizations ao ON ao.id = a.organization_id AND ao.status = 'ACTIVE'
              WHERE a.user_id = u.id), '{}')
            ELSE ARRAY[u.organization_id] END
          FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = p_user_id;
        END $$`,
      `CREATE FUNCTION vigil_refresh_token_by_hash(p_hash text)
        RETURNS TABLE (id uuid, family_id uuid, user_id uuid, organization_id uuid, expires_at timestamptz, used_at timestamptz, revoked_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.all_orgs = 'on' AS $$
        SELECT t.id, t.family_id, t.user_id, t.organization_id, t.expires_at, t.used_at, t.revoked_at
        FROM refresh_tokens t WHERE t.token_hash = p_hash $$`,
      `CREATE FUNCTION vigil_invitation_by_token_hash(p_hash text)
        RETURNS TABLE (id uuid, organization_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.all_orgs = 'on' AS $$
        SELECT i.id, i.organization_id FROM invitations i WHERE i.token_hash = p_hash $$`,
      `CREATE FUNCTION vigil_email_in_use(p_email text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET app.all_orgs = 'on' AS $$
        SELECT EXISTS (SELECT 1 FROM users WHERE email = lower(p_email)) $$`,
      `REVOKE ALL ON FUNCTION vigil_auth_user_by_email(text), vigil_actor(uuid, uuid), vigil_refresh_token_by_hash(text), vigil_invitation_by_token_hash(text), vigil_email_in_use(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION vigil_auth_user_by_email(text), vigil_actor(uuid, uuid), vigil_refresh_token_by_hash(text), vigil_invitation_by_token_hash(text), vigil_email_in_use(text) TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT, UPDATE ON "organizations", "users", "invitations", "refresh_tokens" TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT, DELETE ON "organization_assignments" TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT ON "audit_log" TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    const statements = [
      `DROP FUNCTION vigil_email_in_use(text)`,
      `DROP FUNCTION vigil_invitation_by_token_hash(text)`,
      `DROP FUNCTION vigil_refresh_token_by_hash(text)`,
      `DROP FUNCTION vigil_actor(uuid, uuid)`,
      `DROP FUNCTION vigil_auth_user_by_email(text)`,
      ...[...TENANT_TABLES, 'organizations'].flatMap((t) => disableTenantRls(t)),
      `DROP TABLE "refresh_tokens"`,
      `DROP TABLE "audit_log"`,
      `DROP FUNCTION vigil_audit_log_immutable()`,
      `DROP TABLE "organization_assignments"`,
      `DROP TABLE "invitations"`,
      `DROP TABLE "users"`,
      `DROP TABLE "organizations"`,
      `DROP TYPE "public"."invitation_status"`,
      `DROP TYPE "public"."user_status"`,
      `DROP TYPE "public"."user_role"`,
      `DROP TYPE "public"."organization_status"`,
      `DROP TYPE "public"."organization_kind"`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
