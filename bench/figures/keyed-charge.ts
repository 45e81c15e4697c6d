/**
 * Keyed charge through the app's service layer (contract parse → validation → ledger → client →
 * sandbox) against a bare HTTP POST of the same onetime request to the same sandbox, in one run.
 *
 * The client opens a new connection for every charge (a kept-alive one may have died while the
 * till was idle, turning a sale into an `unknown`), so a second baseline posts on a new
 * connection too: that ratio is the cost of the service layer alone.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { Ledger, type Intent } from '../../main/ledger/ledger';
import { PortOneClient, type OnetimeRequest } from '../../main/portone/client';
import { createTransport } from '../../main/portone/transport';
import { createLogger } from '../../main/logging';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { sandboxToken } from '../../tests/core/support/sandbox';
import { IPC_CALLER, keyedRequest, startCoreFixture } from '../../tests/support/core-fixture';
import { measureInterleaved } from '../lib/measure';
import { row, type Figure } from '../lib/types';

const RUNS = { iterations: 600, warmupIterations: 20, rounds: 6 };

export const figure: Figure = async () => {
  const logger = createLogger({ level: 'silent', sinks: [] });
  const fx = await startCoreFixture({ dirPrefix: 'pos-bench-', logger, router: { validateResponses: false } });
  const { sandbox, router } = fx;
  const scratch = new Ledger({ dataDir: mkdtempSync(join(fx.dataDir, 'scratch-')) });
  const client = new PortOneClient({ transport: createTransport(sandbox.url), credentials: SANDBOX_CREDENTIALS, logger });
  try {
    let n = 0;
    const payload = () => keyedRequest({ attemptId: `bench-${process.pid}-${++n}`, amount: 12_000, orderName: 'Bench order', buyerName: 'Bench' });
    const token = await sandboxToken(sandbox.url);
    const onetime = () =>
      JSON.stringify({
        merchant_uid: `bare-${process.pid}-${++n}`,
        amount: 12_000,
        tax_free: 0,
        card_number: TEST_CARDS.approve,
        expiry: '2031-07',
        birth: '870923',
        pwd_2digit: '47',
        pg: `settle.${SANDBOX_CREDENTIALS.keyedMid}`,
        name: 'Bench order',
        buyer_name: 'Bench',
        buyer_tel: '010-1234-5678',
        card_quota: 0,
      });
    const { service, bare, bareFresh, intentWrite, clientOnly } = await measureInterleaved(
      {
        service: async () => {
          const result = await router.callMethod('chargeKeyed', payload(), IPC_CALLER);
          if (!result.ok || (result.data as { outcome: string }).outcome !== 'paid') throw new Error('charge not paid');
        },
        bare: async () => {
          const res = await fetch(`${sandbox.url}/subscribe/payments/onetime`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: onetime(),
          });
          assertPaid(await res.text());
        },
        bareFresh: async () => assertPaid(await postFresh(sandbox.url, token, onetime())),
        // The one disk sync a charge must wait for, measured on the same disk in the same rounds.
        intentWrite: () => scratch.insertIntent(benchIntent(++n)),
        // The client alone (axios, token, fresh connection, zod), without contract, validation or ledger.
        clientOnly: async () => {
          const answer = await client.chargeOnetime(JSON.parse(onetime()) as OnetimeRequest);
          if (answer.outcome !== 'paid') throw new Error('client charge not paid');
        },
      },
      RUNS,
    );
    if (!service || !bare || !bareFresh || !intentWrite || !clientOnly) throw new Error('missing measurement');
    const note = `${service.samples.length} runs in ${RUNS.rounds} interleaved rounds, each after ${RUNS.warmupIterations} warm-up`;
    return [
      row({
        figure: 'keyed charge via service vs bare POST (keep-alive)',
        value: service.p50,
        unit: 'ms',
        baseline: bare.p50,
        p50: service.p50,
        p95: service.p95,
        note: `p50 ratio; aim ≤ 1.5×; ${note}`,
      }),
      row({
        figure: 'keyed charge via service vs bare POST (new connection)',
        value: service.p50,
        unit: 'ms',
        baseline: bareFresh.p50,
        p50: service.p50,
        p95: service.p95,
        note: 'same connection policy as the client: the service layer alone',
      }),
      row({
        figure: 'of which: PortOne client alone',
        value: clientOnly.p50,
        unit: 'ms',
        p50: clientOnly.p50,
        p95: clientOnly.p95,
        note: 'axios on a new connection, cached token, zod decode',
      }),
      row({
        figure: 'of which: synced intent write',
        value: intentWrite.p50,
        unit: 'ms',
        p50: intentWrite.p50,
        p95: intentWrite.p95,
        note: 'WAL + synchronous=FULL on this disk; the request waits for it',
      }),
      row({ figure: 'bare POST, keep-alive (fetch)', value: bare.p50, unit: 'ms', p50: bare.p50, p95: bare.p95, note }),
      row({ figure: 'bare POST, new connection (node:http)', value: bareFresh.p50, unit: 'ms', p50: bareFresh.p50, p95: bareFresh.p95, note }),
    ];
  } finally {
    client.close();
    scratch.close();
    await fx.close();
  }
};

function benchIntent(i: number): Intent {
  return {
    merchantUid: `scratch-${i}`,
    attemptId: null,
    kind: 'keyed',
    amount: 12_000,
    taxFree: 0,
    orderName: 'Bench order',
    buyerName: 'Bench',
    cardQuota: 0,
    cardNumberMasked: null,
    cashier: 'bench',
    sandbox: true,
    apiEnv: 'bench',
    at: i,
    requestSentAt: i,
  };
}

function assertPaid(text: string): void {
  const body = JSON.parse(text) as { code: number; response: { status?: string } | null };
  if (body.code !== 0 || body.response?.status !== 'paid') throw new Error('bare charge not paid');
}

/** One POST on a connection of its own (`agent: false`), as the client sends charges. */
function postFresh(baseUrl: string, token: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${baseUrl}/subscribe/payments/onetime`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
