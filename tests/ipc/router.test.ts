import { describe, expect, it } from 'vitest';
import { contract } from '../../contract/channels';
import type { Method } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { createRouter } from '../../main/ipc/router';
import type { SenderVerdict } from '../../main/ipc/handlers';
import { createLogger, memorySink } from '../../main/logging';
import { fakeHandlers, settingsView, validRequests } from './fake-handlers';

const allowed: SenderVerdict = { ok: true, ctx: { transport: 'ipc', origin: 'app://pos' } };
const CARD = '4111111111111111';

function setup() {
  const sink = memorySink();
  const logger = createLogger({ level: 'debug', sinks: [sink] });
  const fake = fakeHandlers();
  return { ...fake, sink, router: createRouter(fake.handlers, logger) };
}

describe('router', () => {
  it('routes every contract method by name and by channel with the sender context', async () => {
    const { router, calls } = setup();
    for (const method of Object.keys(contract) as Method[]) {
      expect(await router.callMethod(method, validRequests[method], allowed)).toMatchObject({ ok: true });
      expect(await router.callChannel(contract[method].channel, validRequests[method], allowed)).toMatchObject({ ok: true });
    }
    expect(calls.map((c) => c.method)).toEqual((Object.keys(contract) as Method[]).flatMap((m) => [m, m]));
    expect(calls.every((c) => c.ctx.origin === 'app://pos')).toBe(true);
    expect(router.channels).toEqual(Object.values(contract).map((e) => e.channel));
  });

  it('passes the parsed payload (trimmed by the schema) to the handler', async () => {
    const { router, calls } = setup();
    await router.callMethod('saveSettings', { ...(validRequests.saveSettings as object), storeName: '  Shop  ' }, allowed);
    expect(calls[0]?.request).toMatchObject({ storeName: 'Shop' });
  });

  it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('refuses unknown method %s', async (name) => {
    const { router, calls } = setup();
    expect(await router.callMethod(name, undefined, allowed)).toEqual({ ok: false, error: { code: 'forbidden', reason: 'ipc.unknown_call', message: 'Unknown method.' } });
    expect(await router.callChannel(name, undefined, allowed)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a caller the transport rejected, before parsing, and logs why', async () => {
    const { router, calls, sink } = setup();
    const result = await router.callMethod('getSettings', undefined, { ok: false, reason: 'sender is not a main frame' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toHaveLength(0);
    expect(sink.lines.join('\n')).toContain('sender is not a main frame');
  });

  it('answers invalid_input naming the field and the fix, without echoing the value', async () => {
    const { router, calls } = setup();
    const bad = { ...(validRequests.chargeKeyed as object), cardNumber: `${CARD}99999` };
    const result = await router.callMethod('chargeKeyed', bad, allowed);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', reason: 'ipc.invalid_input', params: { field: 'cardNumber', rule: 'format' }, field: 'cardNumber', message: 'card number: 14–16 digits' } });
    expect(JSON.stringify(result)).not.toContain(CARD);
    expect(calls).toHaveLength(0);
  });

  it('hands a handler 0, never -0 (it passes the number checks but not JSON: the browser host would answer otherwise than IPC)', async () => {
    const { router, calls } = setup();
    await router.callMethod('saveCategory', { ...(validRequests.saveCategory as object), order: -0 }, allowed);
    expect(Object.is((calls[0]?.request as { order: number }).order, 0)).toBe(true);
  });

  it('answers invalid_input, not internal, for a shape zod itself cannot read', async () => {
    const { router, calls, sink } = setup();
    // A `length` with no prototype makes zod's own max-length check throw while converting it to a number.
    const hostile = { ...(validRequests.startWindowPayment as object), buyerTel: { length: Object.create(null) as object } };
    const result = await router.callMethod('startWindowPayment', hostile, allowed);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', reason: 'ipc.invalid_input', params: { rule: 'invalid' }, message: 'The request is not in a form the POS can read.' } });
    expect(calls).toHaveLength(0);
    expect(sink.lines.join('\n')).toContain('unreadable');
  });

  it('generates messages for schema checks that have no message of their own', async () => {
    const { router } = setup();
    const wrongType = await router.callMethod('recentPayments', { limit: 'ten' }, allowed);
    expect(wrongType).toEqual({ ok: false, error: { code: 'invalid_input', reason: 'ipc.invalid_input', params: { field: 'limit', rule: 'type' }, field: 'limit', message: 'limit: must be a number' } });
    const missing = await router.callMethod('recentPayments', {}, allowed);
    expect(missing).toMatchObject({ ok: false, error: { field: 'limit', params: { field: 'limit', rule: 'required' }, message: 'limit: is required' } });
    const tooBig = await router.callMethod('recentPayments', { limit: 500 }, allowed);
    expect(tooBig).toMatchObject({ ok: false, error: { field: 'limit', params: { field: 'limit', rule: 'max', limit: 200 }, message: 'limit: must be at most 200' } });
    const tooShort = await router.callMethod('saveCredentials', { impKey: ' ', impSecret: 's', confirm: true }, allowed);
    expect(tooShort).toMatchObject({ ok: false, error: { field: 'impKey', params: { field: 'impKey', rule: 'required' }, message: 'REST API key is required' } });
    const longName = { ...(validRequests.chargeKeyed as object), orderName: 'x'.repeat(41) };
    expect(await router.callMethod('chargeKeyed', longName, allowed)).toMatchObject({
      ok: false,
      error: { field: 'orderName', params: { field: 'orderName', rule: 'max_length', limit: 40 }, message: 'orderName: must have at most 40 characters' },
    });
    // PortOne's buyer_name cap (16): the form gets a field error instead of a refused charge.
    const longBuyer = { ...(validRequests.chargeKeyed as object), buyerName: '가'.repeat(17) };
    expect(await router.callMethod('chargeKeyed', longBuyer, allowed)).toMatchObject({
      ok: false,
      error: { field: 'buyerName', message: 'buyerName: must have at most 16 characters' },
    });
    const notObject = await router.callMethod('recentPayments', 'x', allowed);
    expect(notObject).toEqual({ ok: false, error: { code: 'invalid_input', reason: 'ipc.invalid_input', params: { rule: 'type' }, message: 'request: must be an object' } });
    const unconfirmed = await router.callMethod('clearCredentials', { confirm: false }, allowed);
    expect(unconfirmed).toMatchObject({ ok: false, error: { field: 'confirm', params: { field: 'confirm', rule: 'choice' }, message: 'confirm: must be one of: true' } });
  });

  it('names unknown keys only when they are harmless identifiers', async () => {
    const { router } = setup();
    const extra = await router.callMethod('recentPayments', { limit: 1, verbose: true, [CARD]: 1 }, allowed);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'request: has fields the POS does not accept (verbose); remove them' } });
    expect(JSON.stringify(extra)).not.toContain(CARD);
  });

  it('passes an AppError through as its info', async () => {
    const { handlers } = fakeHandlers();
    handlers.getPayment = async () => {
      throw new AppError('not_found', 'No such payment.', { reason: 'history.payment_not_found', field: 'merchantUid', params: { merchantUid: 'x' } });
    };
    const router = createRouter(handlers, createLogger({ level: 'silent', sinks: [] }));
    expect(await router.callMethod('getPayment', { merchantUid: 'x' }, allowed)).toEqual({
      ok: false,
      error: { code: 'not_found', reason: 'history.payment_not_found', params: { merchantUid: 'x' }, message: 'No such payment.', field: 'merchantUid' },
    });
  });

  it('turns any other exception into a generic internal error and logs it scrubbed', async () => {
    const sink = memorySink();
    const { handlers } = fakeHandlers();
    handlers.chargeKeyed = async (request) => {
      throw new TypeError(`boom with ${request.cardNumber}`);
    };
    const router = createRouter(handlers, createLogger({ level: 'debug', sinks: [sink] }));
    const result = await router.callMethod('chargeKeyed', validRequests.chargeKeyed, allowed);
    expect(result).toEqual({ ok: false, error: { code: 'internal', reason: 'generic.internal', message: 'Something went wrong in the POS. Please try again.' } });
    const log = sink.lines.join('\n');
    expect(log).toContain('TypeError');
    expect(log).not.toContain('4111-1111-1111-1111');
  });

  it('rejects handler answers that break the contract when validating, and lets them through when not', async () => {
    const { handlers } = fakeHandlers();
    handlers.getSettings = async () => ({ ...settingsView, mode: 'production' as 'live' });
    const logger = createLogger({ level: 'silent', sinks: [] });
    expect(await createRouter(handlers, logger).callMethod('getSettings', undefined, allowed)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(await createRouter(handlers, logger, { validateResponses: false }).callMethod('getSettings', undefined, allowed)).toMatchObject({
      ok: true,
    });
  });

  it('still resolves when the logger itself throws', async () => {
    const { handlers } = fakeHandlers();
    handlers.getSettings = async () => {
      throw new Error('x');
    };
    const throwing = { debug: boom, info: boom, warn: boom, error: boom };
    const result = await createRouter(handlers, throwing).callMethod('getSettings', undefined, allowed);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

function boom(): never {
  throw new Error('logger broke');
}
