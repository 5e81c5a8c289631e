/**
 * Load generator for retainers-bench's approvals, run in a worker thread so that it does not share
 * the api's event loop. `clients` closed-loop clients (node:http, keep-alive: far less CPU per
 * request than fetch, which matters when the load shares two cores with the api and PostgreSQL)
 * each approve one time
 * entry per `approveTimeEntries` call, taking the next id from one shared list, until the list is
 * used up or `seconds` have passed (requests in flight then finish). Posts one ApprovalLoadResult.
 */
import { Agent, request } from 'node:http';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface ApprovalLoadInput {
  url: string;
  token: string;
  /** Submitted time entries, in the order clients take them. */
  ids: string[];
  clients: number;
  seconds: number;
  /** Per-request timeout. */
  timeoutMs: number;
}

export interface ApprovalRecord {
  id: string;
  /** Milliseconds since the load started. */
  startMs: number;
  endMs: number;
  /** The answer said this entry is APPROVED now. */
  ok: boolean;
  /** GraphQL error code, `HTTP <status>`, or `NETWORK` when there was no usable answer. */
  code?: string;
  message?: string;
}

export interface ApprovalLoadResult {
  records: ApprovalRecord[];
  /** When the last request finished, in milliseconds since the load started. */
  elapsedMs: number;
  /** True when every id was tried before the time was up. */
  exhausted: boolean;
}

export const APPROVE_MUTATION =
  'mutation ($ids: [ID!]!) { approveTimeEntries(input: { ids: $ids }) { id status } }';

interface ApproveResponse {
  data?: { approveTimeEntries?: { id: string; status: string }[] | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs `body` as JSON over a kept-alive connection; resolves with the status and the text. */
function postJson(
  agent: Agent,
  input: ApprovalLoadInput,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      input.url,
      {
        method: 'POST',
        agent,
        timeout: input.timeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${input.token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${input.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function approveOne(
  agent: Agent,
  input: ApprovalLoadInput,
  id: string,
  t0: number,
): Promise<ApprovalRecord> {
  const startMs = performance.now() - t0;
  const done = (rest: Omit<ApprovalRecord, 'id' | 'startMs' | 'endMs'>): ApprovalRecord => ({
    id,
    startMs,
    endMs: performance.now() - t0,
    ...rest,
  });
  try {
    const res = await postJson(
      agent,
      input,
      JSON.stringify({ query: APPROVE_MUTATION, variables: { ids: [id] } }),
    );
    const text = res.text;
    let body: ApproveResponse;
    try {
      body = JSON.parse(text) as ApproveResponse;
    } catch {
      return done({ ok: false, code: `HTTP ${res.status}`, message: text.slice(0, 200) });
    }
    const error = body.errors?.[0];
    if (error) {
      return done({
        ok: false,
        code: error.extensions?.code ?? `HTTP ${res.status}`,
        message: error.message,
      });
    }
    const approved = body.data?.approveTimeEntries ?? [];
    const ok = approved.length === 1 && approved[0]?.id === id && approved[0].status === 'APPROVED';
    return ok
      ? done({ ok: true })
      : done({ ok: false, code: 'UNEXPECTED', message: text.slice(0, 200) });
  } catch (e) {
    return done({
      ok: false,
      code: 'NETWORK',
      message: e instanceof Error ? e.message : String(e),
    });
  }
}

export async function runApprovalLoad(input: ApprovalLoadInput): Promise<ApprovalLoadResult> {
  const t0 = performance.now();
  const deadline = input.seconds * 1000;
  const records: ApprovalRecord[] = [];
  let next = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: input.clients });
  const client = async (): Promise<void> => {
    while (next < input.ids.length && performance.now() - t0 < deadline) {
      const id = input.ids[next++];
      if (id === undefined) break;
      records.push(await approveOne(agent, input, id, t0));
    }
  };
  await Promise.all(Array.from({ length: input.clients }, () => client()));
  agent.destroy();
  return {
    records,
    elapsedMs: performance.now() - t0,
    exhausted: next >= input.ids.length,
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  runApprovalLoad(workerData as ApprovalLoadInput).then(
    (result) => port.postMessage(result),
    (e: unknown) => {
      throw e;
    },
  );
}
