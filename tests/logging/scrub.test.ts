import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, fileSink, logLevelFromEnv, memorySink, REDACTED, scrub, scrubString } from '../../main/logging';

const CARD = '4111111111111111';

describe('scrubString', () => {
  it.each([
    ['plain', `card ${CARD} declined`],
    ['dashes', 'card 4111-1111-1111-1111 declined'],
    ['spaces', 'card 4111 1111 1111 1111 declined'],
    ['13 digits', 'card 4222222222222 declined'],
    ['19 digits', 'card 6250941006528599123 declined'],
    ['glued to letters', `card${CARD}x`],
  ])('removes card numbers (%s)', (_, text) => {
    const out = scrubString(text);
    expect(out).not.toMatch(/\d{4}[ -]?\d{4}[ -]?\d{4}/);
    expect(out).toContain(REDACTED);
  });

  it('keeps short numbers, amounts and ids', () => {
    expect(scrubString('amount 50000 quota 3 imp_123456789012')).toBe('amount 50000 quota 3 imp_123456789012');
  });

  it('removes values of sensitive keys written as text (query strings, JSON, headers)', () => {
    const text =
      'POST /subscribe/payments/onetime?card_number=4111&expiry=2030-12&birth=900101&pwd_2digit=12 ' +
      '{"imp_secret":"s3cr3t-value","access_token":"tok_abc"} Authorization: Bearer tok_abc';
    const out = scrubString(text);
    for (const secret of ['2030-12', '900101', 'pwd_2digit=12', 's3cr3t-value', 'tok_abc']) expect(out).not.toContain(secret);
    expect(out).toContain('card_number=[redacted]');
  });

  it('cuts huge strings', () => {
    expect(scrubString('x'.repeat(100_000)).length).toBeLessThan(4100);
  });
});

describe('scrub', () => {
  it('redacts sensitive keys at any depth, any case', () => {
    const out = JSON.stringify(
      scrub({
        request: { body: { CARD_NUMBER: '4111', Expiry: '2030-12', birth: '900101', pwd2digit: '12' } },
        headers: [{ authorization: 'Bearer abc' }],
        creds: { impSecret: 'zzz', imp_secret: 'yyy', accessToken: 'ttt' },
        cardNumber: 4111111111111111,
      }),
    );
    for (const secret of ['4111', '2030-12', '900101', '"12"', 'Bearer abc', 'zzz', 'yyy', 'ttt']) expect(out).not.toContain(secret);
    expect(out).toContain('"CARD_NUMBER":"[redacted]"');
  });

  it('scrubs Error message, stack and cause, but not the request config an HTTP error carries', () => {
    const cause = new Error(`inner card_number=${CARD}`);
    const error = Object.assign(new Error(`charge failed for ${CARD}`, { cause }), {
      code: 'ECONNRESET',
      config: { headers: { Authorization: 'Bearer secret-token' }, data: `{"card_number":"${CARD}"}` },
    });
    const out = JSON.stringify(scrub({ error }));
    expect(out).not.toContain(CARD);
    expect(out).not.toContain('secret-token');
    expect(out).toContain('ECONNRESET');
    expect(out).toContain('charge failed for [redacted]');
    expect(out).toContain('"stack"');
  });

  it('survives cycles, hostile getters and odd values', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const out = scrub({ cyclic, hostile, fn: () => 1, big: 10n, buf: Buffer.from('abc'), when: new Date(0), n: 1764180000000 });
    expect(JSON.stringify(out)).toContain('[circular]');
    expect(JSON.stringify(out)).toContain('[unreadable]');
    expect(JSON.stringify(out)).toContain('[binary 3 bytes]');
    // A 13-digit epoch timestamp stays readable.
    expect(JSON.stringify(out)).toContain('1764180000000');
  });

  it('keeps a __proto__ key from a payload as a plain key', () => {
    const payload = JSON.parse('{"__proto__":{"polluted":true}}') as unknown;
    const out = scrub(payload) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toContain('polluted');
  });
});

describe('createLogger', () => {
  it('writes scrubbed JSON lines with level and time', () => {
    const sink = memorySink();
    const log = createLogger({ level: 'debug', sinks: [sink], now: () => 0 });
    log.info(`paying with ${CARD}`, { cardNumber: CARD, amount: 1000, error: new Error(`bad expiry=2030-12 ${CARD}`) });
    expect(sink.lines).toHaveLength(1);
    const line = sink.lines[0] ?? '';
    expect(line).not.toContain(CARD);
    expect(line).not.toContain('2030-12');
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(parsed).toMatchObject({ time: '1970-01-01T00:00:00.000Z', level: 'info', msg: 'paying with [redacted]', amount: 1000, cardNumber: REDACTED });
  });

  it('keeps its own time, level and msg when the context has the same keys', () => {
    const sink = memorySink();
    createLogger({ level: 'info', sinks: [sink], now: () => 0 }).warn('real', { level: 'debug', msg: 'fake', time: 'x' });
    expect(JSON.parse(sink.lines[0] ?? '')).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'warn',
      msg: 'real',
      'context.level': 'debug',
      'context.msg': 'fake',
      'context.time': 'x',
    });
  });

  it('respects the threshold and writes nothing when silent', () => {
    const sink = memorySink();
    const warnOnly = createLogger({ level: 'warn', sinks: [sink] });
    warnOnly.info('hidden');
    warnOnly.warn('shown');
    expect(sink.lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['shown']);
    const silent = createLogger({ level: 'silent', sinks: [sink] });
    silent.error('nothing');
    expect(sink.lines).toHaveLength(1);
  });

  it('never throws when a sink fails', () => {
    const log = createLogger({ level: 'info', sinks: [{ write: () => { throw new Error('disk full'); } }] });
    expect(() => log.error('x')).not.toThrow();
  });

  it('reads POS_LOG_LEVEL', () => {
    expect(logLevelFromEnv({ POS_LOG_LEVEL: 'silent' })).toBe('silent');
    expect(logLevelFromEnv({ POS_LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevelFromEnv({ POS_LOG_LEVEL: 'loud' })).toBe('info');
    expect(logLevelFromEnv({})).toBe('info');
  });

  it('appends to a file without card data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pos-log-'));
    const file = join(dir, 'logs', 'pos.log');
    const log = createLogger({ level: 'info', sinks: [fileSink(file)] });
    log.error('charge failed', { body: { card_number: CARD, expiry: '2030-12' }, message: `retry ${CARD}` });
    log.info('second');
    const text = readFileSync(file, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(text).not.toContain(CARD);
    expect(text).not.toContain('2030-12');
  });
});
