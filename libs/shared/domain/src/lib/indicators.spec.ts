import {
  INDICATOR_MAX_LENGTH,
  IndicatorType,
  TLP_MARKING_DEFINITION_IDS,
  TlpMarking,
  indicatorTypeLabel,
  indicatorsCsv,
  normalizeIndicator,
  stixBundle,
  stixPattern,
  tlpLabel,
  type StixIndicatorInput,
} from './indicators';

const raw = String.raw;

type Good = [input: string, value: string];
type Bad = [input: string, problem: string];

function expectGood(type: IndicatorType, input: string, value: string): void {
  expect(normalizeIndicator(type, input)).toEqual({ ok: true, value });
}

function expectBad(type: IndicatorType, input: string, problem: string): void {
  expect(normalizeIndicator(type, input)).toEqual({ ok: false, problem });
}

describe('normalizeIndicator', () => {
  describe('rules shared by all types', () => {
    it.each(Object.values(IndicatorType))('refuses empty and blank %s values', (type) => {
      expectBad(type, '', 'must not be empty');
      expectBad(type, ' \t\r\n ', 'must not be empty');
    });

    it.each(Object.values(IndicatorType))('refuses %s values over the length limit', (type) => {
      expectBad(type, 'a'.repeat(2049), 'must be at most 2048 characters; got 2049');
    });

    it('accepts exactly the length limit and checks it again after normalisation', () => {
      expect(INDICATOR_MAX_LENGTH).toBe(2048);
      const longAgent = 'A'.repeat(2048);
      expectGood(IndicatorType.USER_AGENT, `  ${longAgent}  `, longAgent);
      // HKLM expands to HKEY_LOCAL_MACHINE, which pushes this key past the limit.
      expectBad(
        IndicatorType.REGISTRY_KEY,
        `HKLM\\${'k'.repeat(2043)}`,
        'must be at most 2048 characters once normalised; got 2062',
      );
    });

    it('refuses control characters outside user agents', () => {
      expectBad(
        IndicatorType.DOMAIN,
        'exa\tmple.com',
        'must not contain control characters such as tabs or line breaks',
      );
      expectBad(
        IndicatorType.FILE_PATH,
        '/tmp/a\nb',
        'must not contain control characters such as tabs or line breaks',
      );
    });
  });

  describe('IPv4', () => {
    const good: Good[] = [
      ['198.51.100.7', '198.51.100.7'],
      ['  198.51.100.7\n', '198.51.100.7'],
      ['198[.]51[.]100[.]7', '198.51.100.7'],
      ['198(.)51{.}100[.]7', '198.51.100.7'],
      ['0.0.0.0', '0.0.0.0'],
      ['255.255.255.255', '255.255.255.255'],
      ['10.0.100.1', '10.0.100.1'],
    ];
    const bad: Bad[] = [
      ['256.1.1.1', 'is not a valid IPv4 address (256 is greater than 255)'],
      [
        '01.2.3.4',
        'is not a valid IPv4 address ("01" has a leading zero, which some tools read as octal)',
      ],
      ['1.2.3', 'is not a valid IPv4 address (expected four numbers separated by dots)'],
      ['1.2.3.4.5', 'is not a valid IPv4 address (expected four numbers separated by dots)'],
      ['1..2.3', 'is not a valid IPv4 address (empty octet)'],
      ['a.b.c.d', 'is not a valid IPv4 address ("a" is not a number from 0 to 255)'],
      ['1.2.3.4/24', 'is not a valid IPv4 address ("4/24" is not a number from 0 to 255)'],
      ['1.2.3.1000', 'is not a valid IPv4 address ("1000" is not a number from 0 to 255)'],
      ['2001:db8::1', 'looks like an IPv6 address; use type IPV6'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.IPV4, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) => expectBad(IndicatorType.IPV4, input, problem));
  });

  describe('IPv6', () => {
    const good: Good[] = [
      ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
      ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
      ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
      ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
      ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
      ['::FFFF:C000:0201', '::ffff:192.0.2.1'],
      ['0:0:0:0:0:ffff:c000:201', '::ffff:192.0.2.1'],
      ['::1.2.3.4', '::102:304'],
      ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
      ['::', '::'],
      ['0:0:0:0:0:0:0:1', '::1'],
      ['FE80::0001', 'fe80::1'],
      ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
      ['1::', '1::'],
      ['2001[:]db8[:][:]1', '2001:db8::1'],
      [' 2001:db8::a:0:0:0 ', '2001:db8:0:0:a::'],
    ];
    const bad: Bad[] = [
      ['2001:db8::1::2', 'is not a valid IPv6 address ("::" may appear only once)'],
      ['fe80::1%eth0', 'is not a valid IPv6 address (zone ID "%eth0" is not allowed)'],
      [
        '1:2:3:4:5:6:7:8:9',
        'is not a valid IPv6 address (expected 8 groups of hexadecimal digits; got 9)',
      ],
      [
        '1:2:3:4:5:6:7',
        'is not a valid IPv6 address (expected 8 groups of hexadecimal digits; got 7)',
      ],
      ['1:2:3:4:5:6:7:8::', 'is not a valid IPv6 address (too many groups to use "::")'],
      [
        '2001:db8::g',
        'is not a valid IPv6 address ("g" is not a group of 1 to 4 hexadecimal digits)',
      ],
      [
        '12345::1',
        'is not a valid IPv6 address ("12345" is not a group of 1 to 4 hexadecimal digits)',
      ],
      [':1::2', 'is not a valid IPv6 address (empty group)'],
      [
        '::ffff:256.1.1.1',
        'is not a valid IPv6 address (embedded IPv4 address: 256 is greater than 255)',
      ],
      [
        '1.2.3.4::',
        'is not a valid IPv6 address ("1.2.3.4" is not a group of 1 to 4 hexadecimal digits)',
      ],
      [
        '[2001:db8::1]',
        'is not a valid IPv6 address ("[2001" is not a group of 1 to 4 hexadecimal digits)',
      ],
      ['192.0.2.1', 'looks like an IPv4 address; use type IPV4'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.IPV6, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) => expectBad(IndicatorType.IPV6, input, problem));
  });

  describe('domain names', () => {
    const good: Good[] = [
      ['Example.COM', 'example.com'],
      ['example.com.', 'example.com'],
      ['evil[.]example(.)com', 'evil.example.com'],
      ['evil{.}co[.]uk', 'evil.co.uk'],
      ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
      ['a-b.c0m', 'a-b.c0m'],
      ['3com.com', '3com.com'],
      [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
    ];
    const long = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`;
    const bad: Bad[] = [
      ['a..b.com', 'is not a valid domain name (empty label)'],
      ['.example.com', 'is not a valid domain name (empty label)'],
      ['-x.com', 'is not a valid domain name (label "-x" starts or ends with a hyphen)'],
      ['x-.com', 'is not a valid domain name (label "x-" starts or ends with a hyphen)'],
      [
        '_sip._tcp.example.com',
        'is not a valid domain name (label "_sip" may contain only letters, digits and hyphens)',
      ],
      [
        '*.example.com',
        'is not a valid domain name (label "*" may contain only letters, digits and hyphens)',
      ],
      ['localhost', 'is not a valid domain name (needs at least two labels, e.g. example.com)'],
      ['example.123', 'is not a valid domain name (top-level domain "123" is all digits)'],
      [
        'bücher.de',
        'is not a valid domain name (non-ASCII names must be given in punycode (xn--…) form)',
      ],
      [
        `${'a'.repeat(64)}.com`,
        'is not a valid domain name (label "aaaaaaaaaaaaaaaaaaaa…" is longer than 63 characters)',
      ],
      [long, 'is not a valid domain name (longer than 253 characters; got 255)'],
      ['exa mple.com', 'is not a valid domain name (spaces are not allowed)'],
      ['198.51.100.7', 'looks like an IP address; use type IPV4'],
      ['198[.]51[.]100[.]7.', 'looks like an IP address; use type IPV4'],
      ['2001:db8::1', 'looks like an IP address; use type IPV6'],
      ['hxxp://evil[.]com', 'looks like a URL; use type URL'],
      ['user@example.com', 'looks like an email address; use type EMAIL'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.DOMAIN, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) => expectBad(IndicatorType.DOMAIN, input, problem));
  });

  describe('URLs', () => {
    const good: Good[] = [
      ['hxxp://evil[.]com/a', 'http://evil.com/a'],
      ['hXXps[:]//Evil[.]COM:443/Path?Q=1#F', 'https://evil.com/Path?Q=1#F'],
      ['HTTP://Example.com:80/%7Euser/A%2fB/../c', 'http://example.com/%7Euser/A%2fB/../c'],
      ['http://example.com', 'http://example.com/'],
      ['https://example.com?q=1', 'https://example.com/?q=1'],
      ['https://example.com#top', 'https://example.com/#top'],
      ['http://example.com:8080', 'http://example.com:8080/'],
      ['https://example.com:0443/', 'https://example.com/'],
      ['http://198.51.100.7:443/x', 'http://198.51.100.7:443/x'],
      ['http://[2001:DB8:0::1]:80/x', 'http://[2001:db8::1]/x'],
      ['https://[::ffff:192.0.2.1]:8443/', 'https://[::ffff:192.0.2.1]:8443/'],
      ['FTP://Files.Example.com:21/pub/x.zip', 'ftp://files.example.com/pub/x.zip'],
      ['sftp://drop.example.com:2222/in', 'sftp://drop.example.com:2222/in'],
      ['http://User:Pass@Example.com/', 'http://User:Pass@example.com/'],
      ['http://google.com@evil.example/', 'http://google.com@evil.example/'],
      ['https://example.com./x', 'https://example.com/x'],
      ['http://example.com:/x', 'http://example.com/x'],
      ['https://xn--bcher-kva.de/Ä?q=hxxp://x', 'https://xn--bcher-kva.de/Ä?q=http://x'],
    ];
    const bad: Bad[] = [
      ['example.com/path', 'must start with http://, https://, ftp:// or sftp://'],
      ['javascript:alert(1)', 'must start with http://, https://, ftp:// or sftp://'],
      ['http:/example.com', 'must start with http://, https://, ftp:// or sftp://'],
      ['file:///etc/passwd', 'has an unsupported scheme "file"; use http, https, ftp or sftp'],
      ['http://exa mple.com/', 'must not contain spaces; encode them as %20'],
      ['http:///path', 'has no host'],
      ['http://:80/', 'has no host'],
      ['http://256.1.1.1/', 'has an invalid host (256 is greater than 255)'],
      ['http://a..b.com/', 'has an invalid host (empty label)'],
      ['http://-x.com/', 'has an invalid host (label "-x" starts or ends with a hyphen)'],
      ['http://localhost/', 'has an invalid host (needs at least two labels, e.g. example.com)'],
      ['http://example.com:99999/', 'has an invalid port "99999"; use a number from 0 to 65535'],
      ['http://example.com:abc/', 'has an invalid port "abc"; use a number from 0 to 65535'],
      [
        'http://2001:db8::1/',
        'has an invalid host (IPv6 addresses must be in brackets, e.g. http://[2001:db8::1]/)',
      ],
      ['http://[2001:db8::1/', 'has an invalid host (missing "]" after the IPv6 address)'],
      ['http://[2001:db8::1]x/', 'has an invalid host (unexpected text after "]")'],
      ['http://[fe80::1%25eth0]/', 'has an invalid host (zone ID "%25eth0" is not allowed)'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.URL, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) => expectBad(IndicatorType.URL, input, problem));
  });

  describe('email addresses', () => {
    const good: Good[] = [
      ['Alice@Example.COM', 'Alice@example.com'],
      ['bob[at]evil[.]com', 'bob@evil.com'],
      ['BOB[AT]EVIL[.]COM', 'BOB@evil.com'],
      ['bob[@]evil(.)com', 'bob@evil.com'],
      ['first.last+tag@sub.example.org', 'first.last+tag@sub.example.org'],
      ['x@example.com.', 'x@example.com'],
      [`${'l'.repeat(64)}@example.com`, `${'l'.repeat(64)}@example.com`],
    ];
    const bad: Bad[] = [
      ['alice.example.com', 'is not a valid email address (missing "@")'],
      ['@example.com', 'is not a valid email address (nothing before "@")'],
      ['alice@', 'is not a valid email address (nothing after "@")'],
      ['a@b@example.com', 'is not a valid email address (more than one "@")'],
      [
        'Alice <alice@example.com>',
        'must be a bare address, without spaces, a display name or angle brackets',
      ],
      [
        'a b@example.com',
        'must be a bare address, without spaces, a display name or angle brackets',
      ],
      [`${'l'.repeat(65)}@example.com`, 'has a local part longer than 64 characters; got 65'],
      ['alice@localhost', 'has an invalid domain (needs at least two labels, e.g. example.com)'],
      ['alice@-x.com', 'has an invalid domain (label "-x" starts or ends with a hyphen)'],
      ['alice@192.0.2.1', 'has an invalid domain (top-level domain "1" is all digits)'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.EMAIL, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) => expectBad(IndicatorType.EMAIL, input, problem));
  });

  describe('hashes', () => {
    const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const good: [IndicatorType, string, string][] = [
      [IndicatorType.MD5, md5, md5],
      [IndicatorType.MD5, md5.toUpperCase(), md5],
      [IndicatorType.MD5, ` ${md5}\n`, md5],
      [IndicatorType.SHA1, sha1, sha1],
      [IndicatorType.SHA1, sha1.toUpperCase(), sha1],
      [IndicatorType.SHA1, `\t${sha1} `, sha1],
      [IndicatorType.SHA256, sha256, sha256],
      [IndicatorType.SHA256, sha256.toUpperCase(), sha256],
      [IndicatorType.SHA256, `  ${sha256}`, sha256],
    ];
    const bad: [IndicatorType, string, string][] = [
      [
        IndicatorType.MD5,
        sha1,
        'must be 32 hexadecimal characters (MD5); got 40, which is the length of a SHA-1',
      ],
      [
        IndicatorType.MD5,
        sha256,
        'must be 32 hexadecimal characters (MD5); got 64, which is the length of a SHA-256',
      ],
      [IndicatorType.MD5, md5.slice(1), 'must be 32 hexadecimal characters (MD5); got 31'],
      [
        IndicatorType.MD5,
        `g${md5.slice(1)}`,
        'must be 32 hexadecimal characters (MD5); "g" is not hexadecimal',
      ],
      [
        IndicatorType.SHA1,
        md5,
        'must be 40 hexadecimal characters (SHA-1); got 32, which is the length of an MD5',
      ],
      [IndicatorType.SHA1, `${sha1}0`, 'must be 40 hexadecimal characters (SHA-1); got 41'],
      [
        IndicatorType.SHA1,
        `${sha1.slice(0, 39)}z`,
        'must be 40 hexadecimal characters (SHA-1); "z" is not hexadecimal',
      ],
      [
        IndicatorType.SHA256,
        sha256.slice(0, 63),
        'must be 64 hexadecimal characters (SHA-256); got 63',
      ],
      [
        IndicatorType.SHA256,
        sha1,
        'must be 64 hexadecimal characters (SHA-256); got 40, which is the length of a SHA-1',
      ],
      [IndicatorType.SHA256, `0x${sha256}`, 'must be 64 hexadecimal characters (SHA-256); got 66'],
      [
        IndicatorType.SHA256,
        `${sha256.slice(0, 32)} ${sha256.slice(33)}`,
        'must be 64 hexadecimal characters (SHA-256); " " is not hexadecimal',
      ],
      [
        IndicatorType.SHA256,
        `${sha256.slice(0, 63)}[.]`.slice(0, 64),
        'must be 64 hexadecimal characters (SHA-256); "[" is not hexadecimal',
      ],
    ];
    it.each(good)('accepts %s %j as %j', (type, input, value) => expectGood(type, input, value));
    it.each(bad)('refuses %s %j', (type, input, problem) => expectBad(type, input, problem));
  });

  describe('file paths', () => {
    const good: Good[] = [
      [raw`C:\Users\Public\evil.exe`, raw`C:\Users\Public\evil.exe`],
      ['c:/Users/Public/Evil.EXE', raw`c:\Users\Public\Evil.EXE`],
      [raw`C:\\Windows\\System32\\x.dll`, raw`C:\Windows\System32\x.dll`],
      ['C:\\Users\\', raw`C:\Users`],
      [raw`\\server\share\drop\x.ps1`, raw`\\server\share\drop\x.ps1`],
      [raw`\\server/share/x`, raw`\\server\share\x`],
      [raw`\\evil.example\webdav`, raw`\\evil.example\webdav`],
      [raw`%APPDATA%\Microsoft\x.exe`, raw`%APPDATA%\Microsoft\x.exe`],
      ['%ProgramFiles(x86)%/Tool/x.exe', raw`%ProgramFiles(x86)%\Tool\x.exe`],
      ['/tmp/.X11-unix/Evil', '/tmp/.X11-unix/Evil'],
      ['/var//tmp/x/', '/var/tmp/x'],
      [raw`/tmp/back\slash`, raw`/tmp/back\slash`],
      ['/tmp/evil[.]sh', '/tmp/evil[.]sh'],
    ];
    const relative = raw`must be an absolute path such as C:\…, \\server\share\…, %APPDATA%\… or /…`;
    const bad: Bad[] = [
      ['evil.exe', relative],
      [raw`Users\x.exe`, relative],
      [raw`\Windows\x.exe`, relative],
      ['C:evil.exe', relative],
      ['~/x', relative],
      ['./x', relative],
      ['%APPDATA%evil.exe', relative],
      ['/', 'must name a file or folder after the root'],
      ['C:/', 'must name a file or folder after the root'],
      ['%TEMP%', 'must name a file or folder after the root'],
      [raw`\\server`, raw`must name a server and a share after \\`],
      ['C:\\a\u0000b', 'must not contain control characters such as tabs or line breaks'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.FILE_PATH, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) =>
      expectBad(IndicatorType.FILE_PATH, input, problem),
    );
  });

  describe('registry keys', () => {
    const good: Good[] = [
      [
        raw`HKLM\Software\Microsoft\Windows\CurrentVersion\Run`,
        raw`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run`,
      ],
      ['hkcu\\Software\\Evil\\', raw`HKEY_CURRENT_USER\Software\Evil`],
      ['HKEY_CLASSES_ROOT/CLSID/{ABC}', raw`HKEY_CLASSES_ROOT\CLSID\{ABC}`],
      [raw`HKU\S-1-5-21-1\Software`, raw`HKEY_USERS\S-1-5-21-1\Software`],
      [raw`HKCC\System\x`, raw`HKEY_CURRENT_CONFIG\System\x`],
      [raw`HKLM:\SOFTWARE\x`, raw`HKEY_LOCAL_MACHINE\SOFTWARE\x`],
      [raw`hkey_local_machine\SYSTEM`, raw`HKEY_LOCAL_MACHINE\SYSTEM`],
      [raw`HKLM\\Software\\x`, raw`HKEY_LOCAL_MACHINE\Software\x`],
      [
        raw`HKCR\MIME\Database\Content Type\application/x-evil`,
        raw`HKEY_CLASSES_ROOT\MIME\Database\Content Type\application/x-evil`,
      ],
      ['HKEY_USERS', 'HKEY_USERS'],
    ];
    const hive = 'must start with a registry hive such as HKEY_LOCAL_MACHINE or HKLM';
    const bad: Bad[] = [
      [raw`HKXX\Software`, hive],
      [raw`Software\Microsoft`, hive],
      [raw`HKEY_LOCAL\x`, hive],
      [raw`Computer\HKLM\x`, hive],
      [raw`\\`, hive],
      [raw`HKLM/Software\x`, hive],
      ['HKLM\\a\tb', 'must not contain control characters such as tabs or line breaks'],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.REGISTRY_KEY, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) =>
      expectBad(IndicatorType.REGISTRY_KEY, input, problem),
    );
  });

  describe('user agents', () => {
    const good: Good[] = [
      ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)'],
      ['  Mozilla/5.0   (X11;\tLinux)  ', 'Mozilla/5.0 (X11; Linux)'],
      ['curl/8.4.0', 'curl/8.4.0'],
      ['a\r\nb', 'a b'],
      ['-', '-'],
      ['=cmd|calc', '=cmd|calc'],
      ['python-requests/2.31 [.]', 'python-requests/2.31 [.]'],
      ['Bot (+hxxp://bot.example)', 'Bot (+hxxp://bot.example)'],
      ['Ünïcødé/1.0', 'Ünïcødé/1.0'],
    ];
    const control = 'must not contain control characters';
    const bad: Bad[] = [
      ['a\u0000b', control],
      ['a\u0007b', control],
      ['a\u007fb', control],
      ['a\u0085b', control],
      ['a\u001bb', control],
      ['\u0000', control],
    ];
    it.each(good)('normalises %j to %j', (input, value) =>
      expectGood(IndicatorType.USER_AGENT, input, value),
    );
    it.each(bad)('refuses %j', (input, problem) =>
      expectBad(IndicatorType.USER_AGENT, input, problem),
    );
  });
});

describe('labels', () => {
  it('names every indicator type', () => {
    expect(Object.values(IndicatorType).map(indicatorTypeLabel)).toEqual([
      'IPv4 address',
      'IPv6 address',
      'domain name',
      'URL',
      'email address',
      'MD5 hash',
      'SHA-1 hash',
      'SHA-256 hash',
      'file path',
      'registry key',
      'user agent',
    ]);
  });

  it('writes TLP 2.0 labels', () => {
    expect(Object.values(TlpMarking).map(tlpLabel)).toEqual([
      'TLP:CLEAR',
      'TLP:GREEN',
      'TLP:AMBER',
      'TLP:AMBER+STRICT',
      'TLP:RED',
    ]);
  });
});

describe('stixPattern', () => {
  const cases: [IndicatorType, string, string][] = [
    [IndicatorType.IPV4, '198.51.100.7', "[ipv4-addr:value = '198.51.100.7']"],
    [IndicatorType.IPV6, '2001:db8::1', "[ipv6-addr:value = '2001:db8::1']"],
    [IndicatorType.DOMAIN, 'evil.example', "[domain-name:value = 'evil.example']"],
    [
      IndicatorType.URL,
      "http://evil.example/a?q='x'&p=\\",
      raw`[url:value = 'http://evil.example/a?q=\'x\'&p=\\']`,
    ],
    [
      IndicatorType.EMAIL,
      "o'brien@evil.example",
      raw`[email-addr:value = 'o\'brien@evil.example']`,
    ],
    [
      IndicatorType.MD5,
      'd41d8cd98f00b204e9800998ecf8427e',
      "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
    ],
    [
      IndicatorType.SHA1,
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
    ],
    [
      IndicatorType.SHA256,
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
    ],
    [
      IndicatorType.FILE_PATH,
      raw`C:\Users\x.exe`,
      raw`[file:name = 'x.exe' AND file:parent_directory_ref.path = 'C:\\Users']`,
    ],
    [
      IndicatorType.FILE_PATH,
      raw`C:\Users\O'Brien\it's.exe`,
      raw`[file:name = 'it\'s.exe' AND file:parent_directory_ref.path = 'C:\\Users\\O\'Brien']`,
    ],
    [
      IndicatorType.FILE_PATH,
      raw`C:\evil.exe`,
      raw`[file:name = 'evil.exe' AND file:parent_directory_ref.path = 'C:\\']`,
    ],
    [
      IndicatorType.FILE_PATH,
      raw`\\srv\share\x.ps1`,
      raw`[file:name = 'x.ps1' AND file:parent_directory_ref.path = '\\\\srv\\share']`,
    ],
    [
      IndicatorType.FILE_PATH,
      raw`%APPDATA%\x.exe`,
      raw`[file:name = 'x.exe' AND file:parent_directory_ref.path = '%APPDATA%']`,
    ],
    [
      IndicatorType.FILE_PATH,
      '/tmp/.x/run.sh',
      "[file:name = 'run.sh' AND file:parent_directory_ref.path = '/tmp/.x']",
    ],
    [
      IndicatorType.FILE_PATH,
      '/evil',
      "[file:name = 'evil' AND file:parent_directory_ref.path = '/']",
    ],
    [IndicatorType.FILE_PATH, 'evil.exe', "[file:name = 'evil.exe']"],
    [
      IndicatorType.REGISTRY_KEY,
      raw`HKEY_LOCAL_MACHINE\Software\Run`,
      raw`[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\Software\\Run']`,
    ],
    [
      IndicatorType.USER_AGENT,
      "Mozilla/5.0 (it's)",
      raw`[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = 'Mozilla/5.0 (it\'s)']`,
    ],
  ];
  it.each(cases)('writes %s %j as %s', (type, value, pattern) => {
    expect(stixPattern(type, value)).toBe(pattern);
  });
});

describe('stixBundle', () => {
  const base: StixIndicatorInput = {
    id: '6ba7b810-9dad-41d1-80b4-00c04fd430c8',
    type: IndicatorType.IPV4,
    value: '198.51.100.7',
    tlp: TlpMarking.AMBER,
    firstSeen: new Date('2026-02-01T08:30:00Z'),
    lastSeen: new Date('2026-02-03T10:00:00Z'),
    description: 'C2 server',
    createdAt: new Date('2026-02-04T09:00:00.123Z'),
    updatedAt: new Date('2026-02-05T09:00:00Z'),
  };
  const producedAt = new Date('2026-03-01T12:00:00Z');

  it('wraps one indicator SDO per input', () => {
    const bundle = stixBundle({
      engagementReference: 'ENG-2026-0042',
      producedAt,
      indicators: [
        base,
        {
          ...base,
          id: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
          type: IndicatorType.FILE_PATH,
          value: raw`C:\Users\x.exe`,
          tlp: TlpMarking.AMBER_STRICT,
          firstSeen: null,
          description: null,
        },
      ],
    });
    expect(bundle).toEqual({
      type: 'bundle',
      id: 'bundle--1f85b8a5-9954-5305-bddc-5ec810845860',
      objects: [
        {
          type: 'indicator',
          spec_version: '2.1',
          id: 'indicator--6ba7b810-9dad-41d1-80b4-00c04fd430c8',
          created: '2026-02-04T09:00:00.123Z',
          modified: '2026-02-05T09:00:00.000Z',
          name: '198.51.100.7',
          description: 'C2 server',
          indicator_types: ['malicious-activity'],
          pattern: "[ipv4-addr:value = '198.51.100.7']",
          pattern_type: 'stix',
          valid_from: '2026-02-01T08:30:00.000Z',
          object_marking_refs: ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421'],
        },
        {
          type: 'indicator',
          spec_version: '2.1',
          id: 'indicator--a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
          created: '2026-02-04T09:00:00.123Z',
          modified: '2026-02-05T09:00:00.000Z',
          name: raw`C:\Users\x.exe`,
          indicator_types: ['malicious-activity'],
          pattern: raw`[file:name = 'x.exe' AND file:parent_directory_ref.path = 'C:\\Users']`,
          pattern_type: 'stix',
          valid_from: '2026-02-04T09:00:00.123Z',
          object_marking_refs: ['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003'],
        },
      ],
    });
    // STIX forbids null or empty properties, so a missing description is left out entirely.
    expect(Object.keys(bundle.objects[1] ?? {})).not.toContain('description');
  });

  it('derives a stable, well-formed bundle id from the reference and production time', () => {
    const make = (engagementReference: string, at: Date) =>
      stixBundle({ engagementReference, producedAt: at, indicators: [] }).id;
    const id = make('ENG-2026-0042', producedAt);
    expect(make('ENG-2026-0042', new Date(producedAt.getTime()))).toBe(id);
    expect(make('ENG-2026-0043', producedAt)).not.toBe(id);
    expect(make('ENG-2026-0042', new Date('2026-03-01T12:00:00.001Z'))).not.toBe(id);
    expect(make('', new Date(0))).toBe('bundle--ee6e102b-30e8-53cb-9889-d7ef5527eda4');
    // Non-ASCII references hash as UTF-8 bytes (checked against an independent FNV-1a).
    expect(make('Müller-Øst', producedAt)).toBe('bundle--07b998bd-615a-5226-9a82-d57d027c8636');
    expect(make('😀', producedAt)).toBe('bundle--6d1dea27-a83a-5002-b9c3-0f7845fce8e3');
    for (const sample of [id, make('x', producedAt), make('ENG-1', new Date(86_400_000))])
      expect(sample).toMatch(
        /^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
  });

  it('references the TLP 2.0 marking definition of each marking', () => {
    const refs = Object.values(TlpMarking).map(
      (tlp) =>
        stixBundle({ engagementReference: 'E', producedAt, indicators: [{ ...base, tlp }] })
          .objects[0]?.object_marking_refs,
    );
    expect(refs).toEqual([
      ['marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487'],
      ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
      ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421'],
      ['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003'],
      ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1'],
    ]);
    expect(TLP_MARKING_DEFINITION_IDS[TlpMarking.RED]).toBe(
      'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    );
  });

  it('leaves out an empty description and refuses ids that are not UUIDs', () => {
    const [indicator] = stixBundle({
      engagementReference: 'E',
      producedAt,
      indicators: [{ ...base, description: '' }],
    }).objects;
    expect(indicator && 'description' in indicator).toBe(false);
    expect(() =>
      stixBundle({ engagementReference: 'E', producedAt, indicators: [{ ...base, id: '42' }] }),
    ).toThrow('Indicator id must be a UUID: 42');
  });

  it('survives a JSON round trip unchanged', () => {
    const bundle = stixBundle({ engagementReference: 'E', producedAt, indicators: [base] });
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });
});

describe('indicatorsCsv', () => {
  const header = 'Type,Value,TLP,First seen (UTC),Last seen (UTC),Description\r\n';

  it('writes only the header for no rows', () => {
    expect(indicatorsCsv([])).toBe(header);
  });

  it('writes ISO timestamps, TLP labels and empty cells for nulls, with CRLF endings', () => {
    expect(
      indicatorsCsv([
        {
          type: IndicatorType.IPV4,
          value: '198.51.100.7',
          tlp: TlpMarking.AMBER_STRICT,
          firstSeen: new Date('2026-02-01T08:30:00Z'),
          lastSeen: new Date('2026-02-03T10:00:00.5Z'),
          description: 'C2 server',
        },
        {
          type: IndicatorType.DOMAIN,
          value: 'evil.example',
          tlp: TlpMarking.CLEAR,
          firstSeen: null,
          lastSeen: null,
          description: null,
        },
      ]),
    ).toBe(
      header +
        'IPV4,198.51.100.7,TLP:AMBER+STRICT,2026-02-01T08:30:00.000Z,2026-02-03T10:00:00.500Z,C2 server\r\n' +
        'DOMAIN,evil.example,TLP:CLEAR,,,\r\n',
    );
  });

  const row = (value: string, description: string | null = null) => ({
    type: IndicatorType.USER_AGENT,
    value,
    tlp: TlpMarking.GREEN,
    firstSeen: null,
    lastSeen: null,
    description,
  });
  const body = (csv: string) => csv.slice(header.length);

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['plain text', 'plain text'],
    ["it's", "it's"],
  ])('quotes %j as %j (RFC 4180)', (description, cell) => {
    expect(body(indicatorsCsv([row('x', description)]))).toBe(
      `USER_AGENT,x,TLP:GREEN,,,${cell}\r\n`,
    );
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\r=1', `"'\r=1"`],
    ['=1,2', `"'=1,2"`],
    ['a=1', 'a=1'],
  ])('neutralises formula-like text %j as %j', (text, cell) => {
    expect(body(indicatorsCsv([row(text, text)]))).toBe(
      `USER_AGENT,${cell},TLP:GREEN,,,${cell}\r\n`,
    );
  });
});
