import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../contract/channels';
import { ErrorInfo } from '../../contract/result';
import { captureLogger } from '../core/support/capture-logger';
import { validRequests } from '../ipc/fake-handlers';
import { IPC_CALLER as CALLER, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { anyJson, mutated, stringsIn } from './arbitraries';
import { ledgerSnapshot } from './ledger-snapshot';

/**
 * tests/ipc/router.fuzz.test.ts proves the router's own contract with fake handlers. This one
 * throws the same kind of payloads at every method of the REAL core (ledger, services, sandbox)
 * and checks what that fuzz cannot: a refused request wrote nothing, and the error names the
 * field without echoing the input.
 */
const methods = Object.keys(contract) as Method[];

describe('bad input through the router to the real core', () => {
  let fx: CoreFixture;
  let router: CoreFixture['router'];
  let snapshot: () => string;
  const logger = captureLogger();

  beforeAll(async () => {
    fx = await startCoreFixture({ logger });
    router = fx.router;
    snapshot = ledgerSnapshot(fx.dataDir);
  });
  afterAll(() => fx.close());

  it.each(methods)('%s: a clean, specific error; a refused payload writes nothing', async (method) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, mutated(validRequests[method])), async (payload) => {
        const before = snapshot();
        const result = await router.callMethod(method, payload, CALLER);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        if (result.ok) return;
        expect(ErrorInfo.safeParse(result.error).success).toBe(true);
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(result.error.message.length).toBeLessThan(300);
        for (const sent of stringsIn(payload)) if (sent.length >= 12) expect(result.error.message).not.toContain(sent);
        if (result.error.code === 'invalid_input') {
          // Refused before any handler ran: the ledger is exactly as it was.
          expect(snapshot()).toBe(before);
          if (payload !== null && typeof payload === 'object' && !Array.isArray(payload) && result.error.field !== undefined) {
            expect(result.error.field.split('.')[0]).toMatch(/^[A-Za-z_$][\w$]*$|^\d+$/);
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('is still serving afterwards, and never logged an unexpected failure', async () => {
    expect(await router.callMethod('recentPayments', { limit: 5 }, CALLER)).toMatchObject({ ok: true });
    expect(logger.lines.filter((line) => line.includes('handler threw') || line.includes('router failed'))).toEqual([]);
  });
});
