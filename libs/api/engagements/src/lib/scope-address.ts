import { IndicatorType, normalizeIndicator } from '@vigil/shared/domain';

/** A normalised value, or the problem with it, phrased to follow the field's name. */
export type AddressCheck<T = string> = { ok: true; value: T } | { ok: false; problem: string };

/** NetBIOS-style names (FS01, DC-02): letters, digits and hyphens, at most 63 characters. */
const SHORT_NAME = /^[A-Za-z0-9-]{1,63}$/;

const isIp = (text: string): boolean =>
  normalizeIndicator(IndicatorType.IPV4, text).ok ||
  normalizeIndicator(IndicatorType.IPV6, text).ok;

/**
 * An affected asset's host name: a plain name such as FS01 as written, or a DNS name (it has a dot)
 * checked and lower-cased by the indicator rules for domains. "" stays "" (no host name).
 */
export function assetHostname(raw: string): AddressCheck {
  const text = raw.trim();
  if (text === '') return { ok: true, value: '' };
  if (isIp(text)) return { ok: false, problem: 'is an IP address; give it as ipAddress' };
  if (/[/:@\s]/.test(text))
    return {
      ok: false,
      problem:
        'must be a host name such as FS01 or fs01.corp.example.com, without a scheme, port, path or spaces',
    };
  if (!text.includes('.')) {
    return SHORT_NAME.test(text)
      ? { ok: true, value: text }
      : {
          ok: false,
          problem:
            'a name without a domain may contain only letters, digits and hyphens (at most 63)',
        };
  }
  const domain = normalizeIndicator(IndicatorType.DOMAIN, text);
  return domain.ok
    ? domain
    : { ok: false, problem: domain.problem.replace('valid domain name', 'valid host name') };
}

/** An IPv4 or IPv6 address (by whether it has a colon), normalised; "" is no address (null). */
export function assetIpAddress(raw: string): AddressCheck<string | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  return normalizeIndicator(text.includes(':') ? IndicatorType.IPV6 : IndicatorType.IPV4, text);
}
