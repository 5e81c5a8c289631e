import { assetHostname, assetIpAddress } from './scope-address';

describe('affected asset addresses', () => {
  it('keeps plain NetBIOS-style names as written and lower-cases DNS names', () => {
    expect(assetHostname(' FS01 ')).toEqual({ ok: true, value: 'FS01' });
    expect(assetHostname('DC-02')).toEqual({ ok: true, value: 'DC-02' });
    expect(assetHostname('FS01.Corp.Example.com')).toEqual({
      ok: true,
      value: 'fs01.corp.example.com',
    });
    expect(assetHostname('')).toEqual({ ok: true, value: '' });
  });

  it('refuses what is not a host name, saying why', () => {
    const problem = (raw: string): string => {
      const r = assetHostname(raw);
      return r.ok ? '' : r.problem;
    };
    expect(problem('FS_01')).toContain('only letters, digits and hyphens');
    expect(problem('x'.repeat(64))).toContain('at most 63');
    expect(problem('bad..example.com')).toContain('not a valid host name');
    expect(problem('10.0.0.5')).toContain('give it as ipAddress');
    expect(problem('https://fs01.example.com')).toContain('without a scheme');
    expect(problem('file server')).toContain('spaces');
  });

  it('validates and normalises IPv4 and IPv6 addresses; empty is none', () => {
    expect(assetIpAddress('10.0.0.5')).toEqual({ ok: true, value: '10.0.0.5' });
    expect(assetIpAddress('10[.]0[.]0[.]5')).toEqual({ ok: true, value: '10.0.0.5' });
    expect(assetIpAddress('2001:DB8:0:0:0:0:0:1')).toEqual({ ok: true, value: '2001:db8::1' });
    expect(assetIpAddress(' ')).toEqual({ ok: true, value: null });
    expect(assetIpAddress('10.0.0.300')).toMatchObject({ ok: false });
    expect(assetIpAddress('2001:db8::g')).toMatchObject({ ok: false });
  });
});
