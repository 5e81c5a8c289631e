import { csvDocument } from './csv';

/** Kinds of indicator of compromise (IOC) recorded on an engagement. */
export enum IndicatorType {
  IPV4 = 'IPV4',
  IPV6 = 'IPV6',
  DOMAIN = 'DOMAIN',
  URL = 'URL',
  EMAIL = 'EMAIL',
  MD5 = 'MD5',
  SHA1 = 'SHA1',
  SHA256 = 'SHA256',
  FILE_PATH = 'FILE_PATH',
  REGISTRY_KEY = 'REGISTRY_KEY',
  USER_AGENT = 'USER_AGENT',
}

/** Traffic Light Protocol 2.0 sharing markings. */
export enum TlpMarking {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}

/** Longest indicator accepted, before and after normalisation (long URLs and user agents). */
export const INDICATOR_MAX_LENGTH = 2048;

/** A normalised value, or a phrase the caller can prefix with the field name ("Value …"). */
export type IndicatorNormalization = { ok: true; value: string } | { ok: false; problem: string };

const TYPE_LABELS: Readonly<Record<IndicatorType, string>> = {
  [IndicatorType.IPV4]: 'IPv4 address',
  [IndicatorType.IPV6]: 'IPv6 address',
  [IndicatorType.DOMAIN]: 'domain name',
  [IndicatorType.URL]: 'URL',
  [IndicatorType.EMAIL]: 'email address',
  [IndicatorType.MD5]: 'MD5 hash',
  [IndicatorType.SHA1]: 'SHA-1 hash',
  [IndicatorType.SHA256]: 'SHA-256 hash',
  [IndicatorType.FILE_PATH]: 'file path',
  [IndicatorType.REGISTRY_KEY]: 'registry key',
  [IndicatorType.USER_AGENT]: 'user agent',
};

/** Human name of an indicator type, e.g. "SHA-256 hash". */
export function indicatorTypeLabel(type: IndicatorType): string {
  return TYPE_LABELS[type];
}

const TLP_LABELS: Readonly<Record<TlpMarking, string>> = {
  [TlpMarking.CLEAR]: 'TLP:CLEAR',
  [TlpMarking.GREEN]: 'TLP:GREEN',
  [TlpMarking.AMBER]: 'TLP:AMBER',
  [TlpMarking.AMBER_STRICT]: 'TLP:AMBER+STRICT',
  [TlpMarking.RED]: 'TLP:RED',
};

/** The TLP 2.0 label as people write it, e.g. "TLP:AMBER+STRICT". */
export function tlpLabel(tlp: TlpMarking): string {
  return TLP_LABELS[tlp];
}

/** Well-known STIX 2.1 marking-definition ids for TLP 2.0; referenced, never redefined. */
export const TLP_MARKING_DEFINITION_IDS: Readonly<Record<TlpMarking, string>> = {
  [TlpMarking.CLEAR]: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  [TlpMarking.GREEN]: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  [TlpMarking.AMBER]: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  [TlpMarking.AMBER_STRICT]: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  [TlpMarking.RED]: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

// ---------------------------------------------------------------------------
// Normalisation

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const good = (value: string): IndicatorNormalization => ({ ok: true, value });
const bad = (problem: string): IndicatorNormalization => ({ ok: false, problem });
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Types that analysts share "defanged" so that nobody clicks or resolves them by accident. */
const NETWORK_TYPES: ReadonlySet<IndicatorType> = new Set([
  IndicatorType.IPV4,
  IndicatorType.IPV6,
  IndicatorType.DOMAIN,
  IndicatorType.URL,
  IndicatorType.EMAIL,
]);

/** Undoes the common defanging conventions: `[.]`, `(.)`, `{.}`, `[:]`, `[@]`, `[at]`, `hxxp(s)`. */
function refang(text: string): string {
  return text
    .replace(/\[\.\]|\(\.\)|\{\.\}/g, '.')
    .replace(/\[:\]/g, ':')
    .replace(/\[(?:@|at)\]/gi, '@')
    .replace(/\bhxxp(s?):/gi, (_match, s: string) => `http${s.toLowerCase()}:`);
}

/** C0 controls, DEL and C1 controls; checked by code so the lint rule on control regexes stays quiet. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Shortens a fragment quoted back in a problem so the message stays readable. */
function excerpt(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/**
 * Validates `raw` as an indicator of `type` and returns its normalised text, so that
 * duplicates can be merged by (type, value). Defanged network indicators are refanged.
 */
export function normalizeIndicator(type: IndicatorType, raw: string): IndicatorNormalization {
  const trimmed = raw.trim();
  if (trimmed === '') return bad('must not be empty');
  if (trimmed.length > INDICATOR_MAX_LENGTH)
    return bad(`must be at most ${INDICATOR_MAX_LENGTH} characters; got ${trimmed.length}`);
  const text = NETWORK_TYPES.has(type) ? refang(trimmed) : trimmed;
  if (type !== IndicatorType.USER_AGENT && hasControlCharacter(text))
    return bad('must not contain control characters such as tabs or line breaks');

  const result = normalizeByType(type, text);
  if (result.ok && result.value.length > INDICATOR_MAX_LENGTH)
    return bad(
      `must be at most ${INDICATOR_MAX_LENGTH} characters once normalised; got ${result.value.length}`,
    );
  return result;
}

function normalizeByType(type: IndicatorType, text: string): IndicatorNormalization {
  switch (type) {
    case IndicatorType.IPV4:
      return normalizeIpv4(text);
    case IndicatorType.IPV6:
      return normalizeIpv6(text);
    case IndicatorType.DOMAIN:
      return normalizeDomain(text);
    case IndicatorType.URL:
      return normalizeUrl(text);
    case IndicatorType.EMAIL:
      return normalizeEmailAddress(text);
    case IndicatorType.MD5:
    case IndicatorType.SHA1:
    case IndicatorType.SHA256:
      return normalizeHash(type, text);
    case IndicatorType.FILE_PATH:
      return normalizeFilePath(text);
    case IndicatorType.REGISTRY_KEY:
      return normalizeRegistryKey(text);
    case IndicatorType.USER_AGENT:
      return normalizeUserAgent(text);
    default:
      return bad('has an unsupported indicator type');
  }
}

// --- IP addresses ----------------------------------------------------------

/** Dotted quad with decimal octets; leading zeros are refused because some tools read them as octal. */
function parseIpv4(text: string): Parsed<number[]> {
  const parts = text.split('.');
  if (parts.length !== 4) return fail('expected four numbers separated by dots');
  const octets: number[] = [];
  for (const part of parts) {
    if (part === '') return fail('empty octet');
    if (!/^\d{1,3}$/.test(part)) return fail(`"${excerpt(part)}" is not a number from 0 to 255`);
    if (part.length > 1 && part.startsWith('0'))
      return fail(`"${part}" has a leading zero, which some tools read as octal`);
    const octet = Number(part);
    if (octet > 255) return fail(`${part} is greater than 255`);
    octets.push(octet);
  }
  return { ok: true, value: octets };
}

function parseIpv6Groups(part: string, allowIpv4Tail: boolean): Parsed<number[]> {
  if (part === '') return { ok: true, value: [] };
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (allowIpv4Tail && index === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseIpv4(piece);
      if (!v4.ok) return fail(`embedded IPv4 address: ${v4.reason}`);
      const [a = 0, b = 0, c = 0, d = 0] = v4.value;
      groups.push((a << 8) | b, (c << 8) | d);
    } else if (piece === '') {
      return fail('empty group');
    } else if (!/^[0-9a-f]{1,4}$/i.test(piece)) {
      return fail(`"${excerpt(piece)}" is not a group of 1 to 4 hexadecimal digits`);
    } else {
      groups.push(parseInt(piece, 16));
    }
  }
  return { ok: true, value: groups };
}

/** Eight 16-bit groups; `::` (once) stands for one or more zero groups; an IPv4 tail counts as two. */
function parseIpv6(text: string): Parsed<number[]> {
  const zone = text.indexOf('%');
  if (zone >= 0) return fail(`zone ID "${excerpt(text.slice(zone))}" is not allowed`);
  const halves = text.split('::');
  if (halves.length > 2) return fail('"::" may appear only once');
  const [headText = '', tailText] = halves;
  if (tailText === undefined) {
    const groups = parseIpv6Groups(headText, true);
    if (!groups.ok) return groups;
    if (groups.value.length !== 8)
      return fail(`expected 8 groups of hexadecimal digits; got ${groups.value.length}`);
    return groups;
  }
  const head = parseIpv6Groups(headText, false);
  if (!head.ok) return head;
  const tail = parseIpv6Groups(tailText, true);
  if (!tail.ok) return tail;
  const missing = 8 - head.value.length - tail.value.length;
  if (missing < 1) return fail('too many groups to use "::"');
  return { ok: true, value: [...head.value, ...new Array<number>(missing).fill(0), ...tail.value] };
}

/** RFC 5952 text: lower case, no leading zeros, longest zero run (≥ 2, first on ties) as `::`. */
function formatIpv6(groups: readonly number[]): string {
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [g6 = 0, g7 = 0] = groups.slice(6);
    return `::ffff:${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`;
  }
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < groups.length;) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < groups.length && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLength < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function normalizeIpv4(text: string): IndicatorNormalization {
  const parsed = parseIpv4(text);
  if (parsed.ok) return good(text);
  if (text.includes(':') && parseIpv6(text).ok)
    return bad('looks like an IPv6 address; use type IPV6');
  return bad(`is not a valid IPv4 address (${parsed.reason})`);
}

function normalizeIpv6(text: string): IndicatorNormalization {
  const parsed = parseIpv6(text);
  if (parsed.ok) return good(formatIpv6(parsed.value));
  if (parseIpv4(text).ok) return bad('looks like an IPv4 address; use type IPV4');
  return bad(`is not a valid IPv6 address (${parsed.reason})`);
}

// --- Domains, URLs, email addresses ---------------------------------------

/** Host name rules (letters, digits, hyphens; punycode for IDNs); returns the lower-case name. */
function parseDomain(text: string): Parsed<string> {
  let name = text.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (/\s/.test(name)) return fail('spaces are not allowed');
  if (/[^\u0020-\u007e]/.test(name))
    return fail('non-ASCII names must be given in punycode (xn--…) form');
  if (name.length > 253) return fail(`longer than 253 characters; got ${name.length}`);
  const labels = name.split('.');
  for (const label of labels) {
    if (label === '') return fail('empty label');
    if (label.length > 63) return fail(`label "${excerpt(label)}" is longer than 63 characters`);
    if (!/^[a-z0-9-]+$/.test(label))
      return fail(`label "${excerpt(label)}" may contain only letters, digits and hyphens`);
    if (label.startsWith('-') || label.endsWith('-'))
      return fail(`label "${excerpt(label)}" starts or ends with a hyphen`);
  }
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2) return fail('needs at least two labels, e.g. example.com');
  if (/^\d+$/.test(tld)) return fail(`top-level domain "${tld}" is all digits`);
  return { ok: true, value: name };
}

function normalizeDomain(text: string): IndicatorNormalization {
  const bare = text.endsWith('.') ? text.slice(0, -1) : text;
  if (parseIpv4(bare).ok) return bad('looks like an IP address; use type IPV4');
  if (parseIpv6(bare).ok) return bad('looks like an IP address; use type IPV6');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return bad('looks like a URL; use type URL');
  if (text.includes('@')) return bad('looks like an email address; use type EMAIL');
  const parsed = parseDomain(text);
  return parsed.ok ? good(parsed.value) : bad(`is not a valid domain name (${parsed.reason})`);
}

/** Ports a scheme implies; an explicit default port is dropped so duplicates merge. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ftp: 21, sftp: 22 };

/**
 * scheme://[userinfo@]host[:port][path][?query][#fragment], parsed by hand because the WHATWG
 * URL class re-encodes paths. Scheme and host are lower-cased; path, query and fragment are kept.
 */
function normalizeUrl(text: string): IndicatorNormalization {
  if (/\s/.test(text)) return bad('must not contain spaces; encode them as %20');
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (!schemeMatch) return bad('must start with http://, https://, ftp:// or sftp://');
  const scheme = (schemeMatch[1] ?? '').toLowerCase();
  const defaultPort = Object.hasOwn(DEFAULT_PORTS, scheme) ? DEFAULT_PORTS[scheme] : undefined;
  if (defaultPort === undefined)
    return bad(`has an unsupported scheme "${excerpt(scheme)}"; use http, https, ftp or sftp`);

  const afterScheme = text.slice(schemeMatch[0].length);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? '' : afterScheme.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? '' : authority.slice(0, at + 1);
  const hostPort = authority.slice(at + 1);

  let host: string;
  let portText: string | null;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return bad('has an invalid host (missing "]" after the IPv6 address)');
    const v6 = parseIpv6(hostPort.slice(1, close));
    if (!v6.ok) return bad(`has an invalid host (${v6.reason})`);
    host = `[${formatIpv6(v6.value)}]`;
    const after = hostPort.slice(close + 1);
    if (after !== '' && !after.startsWith(':'))
      return bad('has an invalid host (unexpected text after "]")');
    portText = after === '' ? null : after.slice(1);
  } else {
    const colon = hostPort.indexOf(':');
    const hostText = colon < 0 ? hostPort : hostPort.slice(0, colon);
    portText = colon < 0 ? null : hostPort.slice(colon + 1);
    if (hostText === '') return bad('has no host');
    if (portText !== null && portText.includes(':'))
      return bad(
        'has an invalid host (IPv6 addresses must be in brackets, e.g. http://[2001:db8::1]/)',
      );
    if (/^[\d.]+$/.test(hostText)) {
      const v4 = parseIpv4(hostText);
      if (!v4.ok) return bad(`has an invalid host (${v4.reason})`);
      host = hostText;
    } else {
      const domain = parseDomain(hostText);
      if (!domain.ok) return bad(`has an invalid host (${domain.reason})`);
      host = domain.value;
    }
  }

  let port = '';
  if (portText !== null && portText !== '') {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
      return bad(`has an invalid port "${excerpt(portText)}"; use a number from 0 to 65535`);
    const number = Number(portText);
    if (number !== defaultPort) port = `:${number}`;
  }
  const path = rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest;
  return good(`${scheme}://${userinfo}${host}${port}${path}`);
}

function normalizeEmailAddress(text: string): IndicatorNormalization {
  if (/[\s<>]/.test(text))
    return bad('must be a bare address, without spaces, a display name or angle brackets');
  const at = text.lastIndexOf('@');
  if (at < 0) return bad('is not a valid email address (missing "@")');
  const local = text.slice(0, at);
  const domainText = text.slice(at + 1);
  if (local === '') return bad('is not a valid email address (nothing before "@")');
  if (local.includes('@')) return bad('is not a valid email address (more than one "@")');
  if (local.length > 64)
    return bad(`has a local part longer than 64 characters; got ${local.length}`);
  if (domainText === '') return bad('is not a valid email address (nothing after "@")');
  const domain = parseDomain(domainText);
  if (!domain.ok) return bad(`has an invalid domain (${domain.reason})`);
  return good(`${local}@${domain.value}`);
}

// --- Hashes ----------------------------------------------------------------

type HashType = IndicatorType.MD5 | IndicatorType.SHA1 | IndicatorType.SHA256;

const HASHES: readonly { type: HashType; length: number; name: string; article: string }[] = [
  { type: IndicatorType.MD5, length: 32, name: 'MD5', article: 'an' },
  { type: IndicatorType.SHA1, length: 40, name: 'SHA-1', article: 'a' },
  { type: IndicatorType.SHA256, length: 64, name: 'SHA-256', article: 'a' },
];

function normalizeHash(type: HashType, text: string): IndicatorNormalization {
  const spec = HASHES.find((h) => h.type === type);
  if (!spec) return bad('has an unsupported hash type');
  const expected = `must be ${spec.length} hexadecimal characters (${spec.name})`;
  if (text.length !== spec.length) {
    const other = HASHES.find((h) => h.length === text.length);
    const hint = other ? `, which is the length of ${other.article} ${other.name}` : '';
    return bad(`${expected}; got ${text.length}${hint}`);
  }
  const nonHex = /[^0-9a-f]/i.exec(text);
  if (nonHex) return bad(`${expected}; "${nonHex[0]}" is not hexadecimal`);
  return good(text.toLowerCase());
}

// --- File paths, registry keys, user agents -------------------------------

const WINDOWS_DRIVE = /^[A-Za-z]:\\/;
const WINDOWS_ENV_ROOT = /^%[A-Za-z_][A-Za-z0-9_()]*%(?=\\|$)/;

/**
 * Absolute Windows (`C:\…`, `\\server\share\…`, `%VAR%\…`) or POSIX (`/…`) paths. Case is kept;
 * Windows `/` separators become `\`; repeated and trailing separators are dropped.
 */
function normalizeFilePath(text: string): IndicatorNormalization {
  const relative = bad(
    'must be an absolute path such as C:\\…, \\\\server\\share\\…, %APPDATA%\\… or /…',
  );
  const noName = bad('must name a file or folder after the root');
  if (text.startsWith('/')) {
    const segments = text.split('/').filter((s) => s !== '');
    return segments.length === 0 ? noName : good(`/${segments.join('/')}`);
  }
  const path = text.replace(/\//g, '\\');
  let root: string;
  let rest: string;
  let minimumSegments = 1;
  const envRoot = WINDOWS_ENV_ROOT.exec(path);
  if (WINDOWS_DRIVE.test(path)) {
    root = path.slice(0, 3);
    rest = path.slice(3);
  } else if (path.startsWith('\\\\')) {
    root = '\\\\';
    rest = path.slice(2);
    minimumSegments = 2; // server and share
  } else if (envRoot) {
    root = `${envRoot[0]}\\`;
    rest = path.slice(envRoot[0].length);
  } else {
    return relative;
  }
  const segments = rest.split('\\').filter((s) => s !== '');
  if (segments.length < minimumSegments)
    return minimumSegments === 2 ? bad('must name a server and a share after \\\\') : noName;
  return good(`${root}${segments.join('\\')}`);
}

const HIVES: Readonly<Record<string, string>> = {
  HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE',
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKEY_CURRENT_USER: 'HKEY_CURRENT_USER',
  HKCU: 'HKEY_CURRENT_USER',
  HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKEY_USERS: 'HKEY_USERS',
  HKU: 'HKEY_USERS',
  HKEY_CURRENT_CONFIG: 'HKEY_CURRENT_CONFIG',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/**
 * Hive in full upper case, `\` separators, no empty or trailing parts. `/` is a separator only
 * when there is no `\` at all, because key names may themselves contain `/`.
 */
function normalizeRegistryKey(text: string): IndicatorNormalization {
  const unified = text.includes('\\') ? text : text.replace(/\//g, '\\');
  const parts = unified.split('\\').filter((p) => p !== '');
  const hiveText = (parts[0] ?? '').replace(/:$/, '').toUpperCase();
  const hive = Object.hasOwn(HIVES, hiveText) ? HIVES[hiveText] : undefined;
  if (hive === undefined)
    return bad('must start with a registry hive such as HKEY_LOCAL_MACHINE or HKLM');
  return good([hive, ...parts.slice(1)].join('\\'));
}

function normalizeUserAgent(text: string): IndicatorNormalization {
  const collapsed = text.replace(/\s+/g, ' ');
  if (hasControlCharacter(collapsed)) return bad('must not contain control characters');
  return good(collapsed);
}

// ---------------------------------------------------------------------------
// STIX 2.1

/** A STIX patterning string literal: backslashes and single quotes escaped. */
function stixString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Last segment and parent directory of a normalised path; roots keep their separator. */
function splitPath(path: string): { name: string; parent: string | null } {
  const separator = path.startsWith('/') ? '/' : '\\';
  const cut = path.lastIndexOf(separator);
  if (cut < 0) return { name: path, parent: null };
  let parent = path.slice(0, cut);
  if (parent === '') parent = separator;
  else if (/^[A-Za-z]:$/.test(parent)) parent = `${parent}\\`;
  return { name: path.slice(cut + 1), parent };
}

/** STIX 2.1 patterning expression for a normalised indicator value. */
export function stixPattern(type: IndicatorType, value: string): string {
  const literal = stixString(value);
  switch (type) {
    case IndicatorType.IPV4:
      return `[ipv4-addr:value = ${literal}]`;
    case IndicatorType.IPV6:
      return `[ipv6-addr:value = ${literal}]`;
    case IndicatorType.DOMAIN:
      return `[domain-name:value = ${literal}]`;
    case IndicatorType.URL:
      return `[url:value = ${literal}]`;
    case IndicatorType.EMAIL:
      return `[email-addr:value = ${literal}]`;
    case IndicatorType.MD5:
      return `[file:hashes.MD5 = ${literal}]`;
    case IndicatorType.SHA1:
      return `[file:hashes.'SHA-1' = ${literal}]`;
    case IndicatorType.SHA256:
      return `[file:hashes.'SHA-256' = ${literal}]`;
    case IndicatorType.FILE_PATH: {
      const { name, parent } = splitPath(value);
      const nameTerm = `file:name = ${stixString(name)}`;
      return parent === null
        ? `[${nameTerm}]`
        : `[${nameTerm} AND file:parent_directory_ref.path = ${stixString(parent)}]`;
    }
    case IndicatorType.REGISTRY_KEY:
      return `[windows-registry-key:key = ${literal}]`;
    case IndicatorType.USER_AGENT:
      return `[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = ${literal}]`;
    default:
      throw new Error(`Unsupported indicator type: ${String(type)}`);
  }
}

export interface StixIndicatorInput {
  /** A UUID; becomes `indicator--<id>`. */
  id: string;
  type: IndicatorType;
  /** Already normalised with `normalizeIndicator`. */
  value: string;
  tlp: TlpMarking;
  firstSeen: Date | null;
  lastSeen: Date | null;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StixBundleInput {
  engagementReference: string;
  producedAt: Date;
  indicators: StixIndicatorInput[];
}

export interface StixIndicator {
  type: 'indicator';
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  name: string;
  /** Omitted when empty: STIX forbids null or empty property values. */
  description?: string;
  indicator_types: string[];
  pattern: string;
  pattern_type: 'stix';
  valid_from: string;
  object_marking_refs: string[];
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixIndicator[];
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UTF-8 bytes of a string, without TextEncoder (not in the ES library typings). */
function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return bytes;
}

const FNV128_OFFSET_BASIS = 0x6c62272e07bb014262b821756295c58dn;
const FNV128_PRIME = 0x0000000001000000000000000000013bn;
const MASK_128 = (1n << 128n) - 1n;

/** FNV-1a, 128 bits: a small stable hash, not a cryptographic one. */
function fnv1a128(text: string): bigint {
  let hash = FNV128_OFFSET_BASIS;
  for (const byte of utf8Bytes(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV128_PRIME) & MASK_128;
  }
  return hash;
}

/** A UUID-shaped id (version 5 nibble, RFC 4122 variant) derived deterministically from text. */
function stableUuid(text: string): string {
  const hex = fnv1a128(text).toString(16).padStart(32, '0');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/**
 * A STIX 2.1 bundle with one indicator per input. The bundle id depends only on the engagement
 * reference and production time, so exporting the same snapshot twice gives the same id.
 * TLP markings reference the well-known TLP 2.0 marking definitions.
 */
export function stixBundle(input: StixBundleInput): StixBundle {
  const producedAt = input.producedAt.toISOString();
  return {
    type: 'bundle',
    id: `bundle--${stableUuid(`${input.engagementReference}\n${producedAt}`)}`,
    objects: input.indicators.map((indicator) => {
      if (!UUID_PATTERN.test(indicator.id))
        throw new Error(`Indicator id must be a UUID: ${indicator.id}`);
      return {
        type: 'indicator',
        spec_version: '2.1',
        id: `indicator--${indicator.id.toLowerCase()}`,
        created: indicator.createdAt.toISOString(),
        modified: indicator.updatedAt.toISOString(),
        name: indicator.value,
        ...(indicator.description ? { description: indicator.description } : {}),
        indicator_types: ['malicious-activity'],
        pattern: stixPattern(indicator.type, indicator.value),
        pattern_type: 'stix',
        valid_from: (indicator.firstSeen ?? indicator.createdAt).toISOString(),
        object_marking_refs: [TLP_MARKING_DEFINITION_IDS[indicator.tlp]],
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// CSV

export interface IndicatorCsvRow {
  type: IndicatorType;
  value: string;
  tlp: TlpMarking;
  firstSeen: Date | null;
  lastSeen: Date | null;
  description: string | null;
}

const CSV_HEADER = ['Type', 'Value', 'TLP', 'First seen (UTC)', 'Last seen (UTC)', 'Description'];

/** Indicators as CSV for spreadsheets: UTC ISO timestamps, CRLF after every record. */
export function indicatorsCsv(rows: readonly IndicatorCsvRow[]): string {
  return csvDocument(
    CSV_HEADER,
    rows.map((row) => [
      row.type,
      row.value,
      tlpLabel(row.tlp),
      row.firstSeen ? row.firstSeen.toISOString() : '',
      row.lastSeen ? row.lastSeen.toISOString() : '',
      row.description ?? '',
    ]),
  );
}
