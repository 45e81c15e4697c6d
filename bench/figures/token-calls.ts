/** getToken calls per 100 keyed charges through the charge service (aim: 1). */
import { Ledger } from '../../main/ledger/ledger';
import { createLogger } from '../../main/logging';
import { KeyedChargeService } from '../../main/payments/keyed-charge';
import { Resolver } from '../../main/payments/resolver';
import { PortOneClient } from '../../main/portone/client';
import { createTransport } from '../../main/portone/transport';
import { SANDBOX_CREDENTIALS, startSandbox } from '../../sandbox/server';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { benchDir } from '../lib/temp';
import { row, type Figure } from '../lib/types';

const CHARGES = 100;

export const figure: Figure = async () => {
  const sandbox = await startSandbox({ port: 0 });
  const dir = benchDir();
  const logger = createLogger({ level: 'silent', sinks: [] });
  const client = new PortOneClient({ transport: createTransport(sandbox.url), credentials: SANDBOX_CREDENTIALS, logger });
  const backend = { client, apiEnv: 'bench', keyedMid: SANDBOX_CREDENTIALS.keyedMid, sandbox: true };
  const ledger = new Ledger({ dataDir: dir.path });
  const resolver = new Resolver({ ledger, backend: () => backend, logger, now: Date.now });
  const service = new KeyedChargeService({ ledger, resolver, backend: () => backend, logger, now: Date.now, cashier: () => 'bench' });
  try {
    for (let i = 0; i < CHARGES; i++) {
      const result = await service.chargeKeyed({
        attemptId: `token-bench-${process.pid}-${i}`,
        amount: 5_000,
        taxFree: 0,
        orderName: 'Bench',
        buyerName: '',
        buyerTel: '',
        cardNumber: TEST_CARDS.approve,
        expiry: '2031-07',
        ownerType: 'personal',
        birth: '870923',
        pwd2digit: '47',
        cardQuota: 0,
      });
      if (result.outcome !== 'paid') throw new Error('charge not paid');
    }
    return [row({ figure: `getToken calls per ${CHARGES} charges`, value: client.tokenFetches, unit: 'calls', note: 'aim: 1' })];
  } finally {
    await resolver.close();
    client.close();
    ledger.close();
    await sandbox.close();
    dir.cleanup();
  }
};
