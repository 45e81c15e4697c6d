import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, CredentialsInput, KeyedChargeInput, type Method } from '../../contract/channels';
import { IPC_CALLER, startCoreFixture, type CoreFixture } from '../support/core-fixture';

/**
 * The renderer reaches main only through the contract (the preload and the browser-host bridge
 * expose one function per method and nothing else; tests/ipc and tests/e2e prove that). So "the
 * renderer cannot read a secret" means: no method's answer can carry one.
 */
const SECRET_FIELD = /secret|password|passwd|pwd|^pin$|pinHash|token|impKey|apiKey|^key$|cardNumber$|cardNo|expiry|birth|cvc|cvv/i;

function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return out;
  const node = schema as Record<string, unknown>;
  if (node.properties !== null && typeof node.properties === 'object') {
    for (const name of Object.keys(node.properties)) out.add(name);
  }
  for (const value of Object.values(node)) fieldNames(value, out);
  return out;
}

const methods = Object.keys(contract) as Method[];

describe('the bridge exposes no way to read secrets', () => {
  it('the field check recognises secret-bearing fields (it would catch one in an answer)', () => {
    for (const schema of [CredentialsInput, KeyedChargeInput]) {
      const names = [...fieldNames(z.toJSONSchema(schema, { unrepresentable: 'any' }))];
      expect(names.filter((name) => SECRET_FIELD.test(name)).length).toBeGreaterThanOrEqual(schema === CredentialsInput ? 2 : 4);
    }
  });

  it.each(methods)('%s: its response schema has no secret-bearing field', (method) => {
    const json = z.toJSONSchema(contract[method].response as z.ZodType, { unrepresentable: 'any', io: 'output' });
    const names = [...fieldNames(json)];
    expect(names.filter((name) => SECRET_FIELD.test(name))).toEqual([]);
  });

  describe('saved credentials stay in main', () => {
    const secret = 'bridge-test-secret-7d1e0c9a44';
    const key = 'bridgekey1234567890';
    let fx: CoreFixture;

    beforeAll(async () => {
      fx = await startCoreFixture({ caller: IPC_CALLER });
    });
    afterAll(() => fx.close());

    it('settings answers carry hasCredentials and a masked key only; no answer ever holds the secret or the whole key', async () => {
      const answers = [
        await fx.call('saveCredentials', { impKey: key, impSecret: secret, confirm: true }),
        await fx.call('getSettings', undefined),
        await fx.call('testConnection', undefined),
        await fx.call('testConnection', { impKey: key, impSecret: secret }),
        await fx.call('recentPayments', { limit: 200 }),
      ];
      const settings = answers[1];
      expect(settings).toMatchObject({ ok: true, data: { hasCredentials: true, maskedKey: `${key.slice(0, 4)}••••••••${key.slice(-4)}` } });
      for (const answer of answers) {
        const text = JSON.stringify(answer);
        expect(text).not.toContain(secret);
        expect(text).not.toContain(key);
      }
    });
  });
});
