import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../lib/sql';

/**
 * The ledger's hot path in PostgreSQL, so that approving time costs one round trip, and the two
 * steps every request shares with it, so that each exists once:
 *
 * `vigil_apply_actor` checks a signed-in person (still active, session not ended, same role and
 * organisation as their token says) and sets what the transaction may see; `verifyAndApplyActor`
 * runs it first in every request's transaction. `vigil_audit` writes one audit row with the
 * actor's name copied in; `AuditService.record` calls it.
 *
 * `vigil_debit_time` writes the debit of one billable time entry to a retainer: it honours the
 * overage policy, moves the running balance and the overage, and tells the account manager and
 * the client admins about every alert threshold the debit crosses (once per threshold, term and
 * person: the dedupe key). Approving and editing an approved entry both go through it.
 *
 * `vigil_approve_time_entries` is one approval request: it applies the actor (vigil_apply_actor),
 * then approves each entry in id order,
 * all or nothing, and audits each one. It runs as the caller (SECURITY INVOKER), so row-level
 * security applies to everything it reads and writes.
 *
 * Rule violations raise SQLSTATE `VB400` (bad input; HINT names the field), `VF403`, `VN404` and
 * `VU401`; `translateRaised` in db-errors.ts turns them into the API's errors.
 */
export class TimeDebits1764403200000 implements MigrationInterface {
  name = 'TimeDebits1764403200000';

  public async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION vigil_apply_actor(p_user_id uuid, p_family_id uuid, p_role user_role, p_organization_id uuid)
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
            set_config('app.user_id', a.id::text, true);
          RETURN QUERY SELECT a.id, a.organization_id, a.role, a.all_organizations, a.organization_ids;
        END $$`,
      // plpgsql rather than sql: PostgreSQL caches its plan, where it would plan a SQL function's
      // INSERT on every call.
      `CREATE FUNCTION vigil_audit(p_organization_id uuid, p_actor_user_id uuid, p_actor_kind text, p_action text,
          p_target_type text, p_target_id uuid, p_changes jsonb, p_request_id text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public AS $$
        BEGIN
          INSERT INTO audit_log (organization_id, actor_user_id, actor_name, actor_kind, action, target_type, target_id, changes, request_id)
          VALUES (p_organization_id, p_actor_user_id,
            coalesce((SELECT u.name FROM users u WHERE u.id = p_actor_user_id), CASE WHEN p_actor_kind = 'system' THEN 'Vigil' END),
            p_actor_kind, p_action, p_target_type, p_target_id, p_changes, p_request_id);
        END $$`,
      // formatHours of @vigil/shared/domain (1.25 h, 1.5 h, -0.75 h), for messages written here.
      `CREATE FUNCTION vigil_format_hours(p_minutes integer) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT AS $$
        SELECT CASE WHEN p_minutes < 0 THEN '-' ELSE '' END
          || (abs(p_minutes) / 60)::text
          || CASE WHEN abs(p_minutes) % 60 = 0 THEN ''
               ELSE '.' || regexp_replace(lpad(round((abs(p_minutes) % 60) * 100 / 60.0)::int::text, 2, '0'), '0$', '')
             END
          || ' h' $$`,
      `CREATE FUNCTION vigil_debit_time(p_retainer_id uuid, p_entry_id uuid, p_minutes integer, p_actor_user_id uuid,
          OUT ledger_id uuid, OUT notified uuid[])
        LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public AS $$
        DECLARE
          r retainers%ROWTYPE;
          v_after integer;
          v_used_before integer;
          v_used_after integer;
          v_threshold integer;
        BEGIN
          SELECT * INTO r FROM retainers WHERE id = p_retainer_id FOR UPDATE;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'Retainer not found' USING ERRCODE = 'VN404';
          END IF;
          IF r.overage_policy = 'BLOCK' AND r.balance_minutes - p_minutes < 0 THEN
            RAISE EXCEPTION 'approving % would take retainer % below zero: only % minutes remain',
              vigil_format_hours(p_minutes), r.reference, greatest(r.balance_minutes, 0)
              USING ERRCODE = 'VB400', HINT = 'input.ids';
          END IF;
          v_after := r.balance_minutes - p_minutes;
          INSERT INTO ledger_entries (organization_id, retainer_id, kind, minutes, balance_after, reference_type, reference_id, actor_user_id)
            VALUES (r.organization_id, r.id, 'TIME_DEBIT', -p_minutes, v_after, 'TimeEntry', p_entry_id, p_actor_user_id)
            RETURNING id INTO ledger_id;
          UPDATE retainers SET balance_minutes = v_after,
              overage_minutes = overage_minutes + greatest(0, p_minutes - greatest(r.balance_minutes, 0)),
              version = version + 1, updated_at = now()
            WHERE id = r.id;
          notified := '{}';
          IF r.minutes_purchased <= 0 THEN
            RETURN;
          END IF;
          v_used_before := r.minutes_purchased - r.balance_minutes;
          v_used_after := r.minutes_purchased - v_after;
          FOR v_threshold IN
            SELECT DISTINCT t FROM unnest(r.alert_thresholds) t
            WHERE v_used_before * 100 < t * r.minutes_purchased AND v_used_after * 100 >= t * r.minutes_purchased
            ORDER BY t
          LOOP
            IF cardinality(notified) = 0 THEN
              SELECT coalesce(array_agg(DISTINCT x.id), '{}') INTO notified FROM (
                SELECT r.account_manager_id AS id
                UNION SELECT u.id FROM users u WHERE u.organization_id = r.organization_id AND u.role = 'CLIENT_ADMIN'
              ) x WHERE x.id IS NOT NULL;
            END IF;
            INSERT INTO notifications (organization_id, user_id, kind, title, body, link, dedupe_key)
              SELECT r.organization_id, n.id, 'retainer.threshold',
                format('Retainer %s: %s%% of hours used', r.reference, v_threshold),
                format('%s of %s used; %s left.', vigil_format_hours(v_used_after),
                  vigil_format_hours(r.minutes_purchased), vigil_format_hours(v_after)),
                '/retainers/' || r.id,
                format('retainer-threshold:%s:%s:%s:%s', r.id, to_char(r.term_start, 'YYYY-MM-DD'), v_threshold, n.id)
              FROM unnest(notified) n(id)
              ON CONFLICT DO NOTHING;
          END LOOP;
        END $$`,
      `CREATE FUNCTION vigil_approve_time_entries(p_user_id uuid, p_session_id uuid, p_role user_role,
          p_organization_id uuid, p_ids uuid[], p_request_id text)
        RETURNS TABLE (entry jsonb, notified uuid[])
        LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public AS $$
        #variable_conflict use_column
        DECLARE
          e time_entries%ROWTYPE;
          r retainers%ROWTYPE;
          v_id uuid;
          v_ledger uuid;
          v_notified uuid[];
        BEGIN
          PERFORM vigil_apply_actor(p_user_id, p_session_id, p_role, p_organization_id);
          -- A fixed lock order (by id) keeps two bulk approvals from deadlocking each other.
          FOR v_id IN SELECT DISTINCT i FROM unnest(p_ids) i ORDER BY i LOOP
            SELECT * INTO e FROM time_entries t WHERE t.id = v_id FOR UPDATE;
            IF NOT FOUND THEN
              RAISE EXCEPTION 'Time entry not found' USING ERRCODE = 'VN404';
            END IF;
            IF e.status <> 'SUBMITTED' THEN
              RAISE EXCEPTION 'entry % is %; only submitted entries can be approved', v_id, e.status
                USING ERRCODE = 'VB400', HINT = 'input.ids';
            END IF;
            SELECT * INTO r FROM retainers t WHERE t.id = e.retainer_id FOR UPDATE;
            IF NOT FOUND THEN
              RAISE EXCEPTION 'Retainer not found' USING ERRCODE = 'VN404';
            END IF;
            IF NOT (p_role = 'PROVIDER_ADMIN' OR (p_role = 'ACCOUNT_MANAGER' AND r.account_manager_id = p_user_id)) THEN
              RAISE EXCEPTION 'Only the retainer’s account manager or a provider admin approves its time.'
                USING ERRCODE = 'VF403';
            END IF;
            IF r.status <> 'ACTIVE' THEN
              RAISE EXCEPTION 'entry %: the retainer is %, not ACTIVE', v_id, r.status
                USING ERRCODE = 'VB400', HINT = 'input.ids';
            END IF;
            v_ledger := NULL;
            v_notified := '{}';
            IF e.billable THEN
              SELECT d.ledger_id, d.notified INTO v_ledger, v_notified
                FROM vigil_debit_time(r.id, e.id, e.minutes, p_user_id) d;
            END IF;
            UPDATE time_entries t SET status = 'APPROVED', approved_by_id = p_user_id, approved_at = now(),
                debit_entry_id = v_ledger, version = t.version + 1, updated_at = now()
              WHERE t.id = v_id
              RETURNING t.* INTO e;
            PERFORM vigil_audit(e.organization_id, p_user_id, 'user', 'time_entry.approved', 'TimeEntry', v_id,
              jsonb_build_object('minutes', e.minutes), p_request_id);
            entry := to_jsonb(e);
            notified := v_notified;
            RETURN NEXT;
          END LOOP;
        END $$`,
      `REVOKE ALL ON FUNCTION vigil_apply_actor(uuid, uuid, user_role, uuid), vigil_audit(uuid, uuid, text, text, text, uuid, jsonb, text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION vigil_apply_actor(uuid, uuid, user_role, uuid), vigil_audit(uuid, uuid, text, text, text, uuid, jsonb, text) TO ${APP_ROLE}`,
      `REVOKE ALL ON FUNCTION vigil_debit_time(uuid, uuid, integer, uuid), vigil_approve_time_entries(uuid, uuid, user_role, uuid, uuid[], text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION vigil_debit_time(uuid, uuid, integer, uuid), vigil_approve_time_entries(uuid, uuid, user_role, uuid, uuid[], text) TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    const statements = [
      `DROP FUNCTION vigil_approve_time_entries(uuid, uuid, user_role, uuid, uuid[], text)`,
      `DROP FUNCTION vigil_debit_time(uuid, uuid, integer, uuid)`,
      `DROP FUNCTION vigil_format_hours(integer)`,
      `DROP FUNCTION vigil_audit(uuid, uuid, text, text, text, uuid, jsonb, text)`,
      `DROP FUNCTION vigil_apply_actor(uuid, uuid, user_role, uuid)`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
