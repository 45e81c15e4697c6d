/**
 * The fault campaign: a seeded random mix of operations through the app's own main-side services
 * (contract → router → services → client → sandbox, in a child process), while the sandbox
 * injects latency beyond the client timeout, 5xx, commit-then-drop and restarts, and the core
 * is SIGKILLed mid-operation and started again (running its start-up recovery). Afterwards the
 * ledger is reconciled with the sandbox for every merchant_uid.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { ChargeResult, KeyedChargeInput } from '../../contract/channels';
import type { AgainChargeInput, CustomerView } from '../../contract/customers';
import type { RefundInput, RefundQuote, RefundResult } from '../../contract/refunds';
import { Ledger, type LedgerRecord } from '../../main/ledger/ledger';
import { RefundStore } from '../../main/refunds/refund-store';
import { clearFaults, listFaults, setFaults, type FaultRule } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { CARD } from '../core/support/sandbox';
import { cardDataNeedles, findCardData } from '../security/card-scan';
import { CoreProcess, KILLED, type CallOutcome } from './core-process';
import { seededRandom, type Random } from './random';
import { reconcile, type Findings, type RefundTally, type Told } from './reconcile';
import { restartableSandbox } from './restartable-sandbox';
import { allSandboxPayments } from './sandbox-view';
import { bundleWorker } from './worker-bundle';
import type { WorkerConfig } from './worker-protocol';

export const OPERATION_KINDS = ['charge', 'again', 'refund', 'retry', 'refresh', 'read'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

export const FAULT_KINDS = ['latency', 'error5xxBefore', 'error5xxAfter', 'commitThenDrop', 'lookup5xx', 'sandboxRestart', 'kill'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface CampaignOptions {
  ops: number;
  seed: number;
  /** Progress lines (the CLI prints them; the test keeps quiet). */
  log?: (line: string) => void;
}

export interface CampaignReport {
  seed: number;
  ops: number;
  durationMs: number;
  operations: Record<OperationKind, number>;
  /** Per kind: how often it was armed, and how often a request actually ran into it (a kill: the call never answered). */
  faults: Record<FaultKind, { armed: number; hit: number }>;
  kills: number;
  sandboxRestarts: number;
  /** Error answers by code (invalid input, conflict…); `internal` would be a bug. */
  errors: Record<string, number>;
  /** What the screen was told for new sales and retries. */
  answers: Record<string, number>;
  findings: Findings;
  /** Card data found in the app's data directory afterwards (must be empty). */
  cardData: string[];
}

/** Short timeouts so faults cost milliseconds; the latency fault stays below charge timeout + grace (see docs). */
const TIMEOUTS = { chargeMs: 300, lookupMs: 500, tokenMs: 500 };
const SETTLE_GRACE_MS = 3_000;
/** The PortOne request each money-moving call makes: where its faults are injected. */
const PATHS: Record<string, string> = {
  chargeKeyed: '/subscribe/payments/onetime',
  chargeAgain: '/subscribe/payments/again',
  refund: '/payments/cancel',
};
const DEFAULT_PATH = '/subscribe/payments/onetime';

const CARDS: Record<keyof typeof TEST_CARDS, number> = {
  approve: 70,
  declineFailed: 6,
  declineError: 6,
  overLimit: 6,
  wrongPassword: 6,
  lostCard: 6,
};

function newSale(random: Random, seed: number, index: number): KeyedChargeInput {
  const amount = random.int(10, 3_000) * 100;
  return {
    attemptId: `fault-${seed}-${index}`,
    amount,
    taxFree: random.chance(0.2) ? random.int(0, amount / 100) * 100 : 0,
    orderName: random.pick(['Coffee beans', '전화 주문', '선물 세트 Gift set']),
    buyerName: random.pick(['', 'Kim', '홍길동']),
    buyerTel: random.pick(['', '010-1234-5678']),
    cardNumber: TEST_CARDS[random.weighted(CARDS)],
    expiry: CARD.expiry,
    ownerType: 'personal',
    birth: CARD.birth,
    pwd2digit: CARD.pwd,
    cardQuota: amount >= 50_000 && random.chance(0.2) ? random.pick([2, 3, 6, 12]) : 0,
    // A quarter of the sales keep the card on file (the billing key comes with the charge).
    ...(random.chance(0.25) ? { saveCard: { consent: true as const, name: random.pick(['Kim', '이영희', 'Park']), phone: '', memo: '' } } : {}),
  };
}

function againSale(random: Random, seed: number, index: number, customerUid: string): AgainChargeInput {
  const amount = random.int(10, 2_000) * 100;
  return {
    attemptId: `again-${seed}-${index}`,
    customerUid,
    amount,
    taxFree: random.chance(0.2) ? random.int(0, amount / 100) * 100 : 0,
    orderName: random.pick(['Monthly beans', '정기 배송']),
    cardQuota: 0,
  };
}

/** A full or partial refund of what is left, with the smallest tax-free part that keeps it valid. */
function refundOf(random: Random, quote: RefundQuote): RefundInput {
  const full = random.chance(0.4);
  const amount = full ? quote.refundable : random.int(1, Math.max(1, Math.floor(quote.refundable / 100))) * 100;
  const capped = Math.min(amount, quote.refundable);
  const taxableLeft = quote.refundable - quote.taxFreeLeft;
  return {
    merchantUid: quote.payment.merchantUid,
    amount: capped,
    taxFree: Math.min(quote.taxFreeLeft, Math.max(0, capped - taxableLeft)),
    reason: random.pick(['customer returned it', '고객 변심']),
    expectedRefundable: quote.refundable,
  };
}

/** The sandbox fault rules for one kind (none for restarts and kills, which act on processes). */
function rulesFor(kind: FaultKind, random: Random, path: string): FaultRule[] {
  switch (kind) {
    case 'latency':
      return [{ path, latencyMs: random.int(TIMEOUTS.chargeMs + 100, TIMEOUTS.chargeMs + 600), count: 1 }];
    case 'error5xxBefore':
      return [{ path, status: random.pick([500, 502, 503] as const), phase: 'before', count: 1 }];
    case 'error5xxAfter':
      return [{ path, status: random.pick([500, 502, 503] as const), phase: 'after', count: 1 }];
    case 'commitThenDrop':
      return [{ path, commitThenDrop: true, count: 1 }];
    case 'lookup5xx':
      return [{ path: '/payments/*', method: 'GET', status: 503, count: random.int(1, 4) }];
    case 'sandboxRestart':
    case 'kill':
      return [];
  }
}

const FAULT_WEIGHTS: Record<FaultKind | 'none', number> = {
  none: 50,
  latency: 9,
  error5xxBefore: 7,
  error5xxAfter: 7,
  commitThenDrop: 9,
  lookup5xx: 6,
  sandboxRestart: 5,
  kill: 7,
};

interface Call {
  method: string;
  payload: unknown;
}

/**
 * The charge inside a sale's answer. Extension point: a charge method whose answer wraps the
 * ChargeResult (e.g. `{charge, customer}`) is unwrapped here.
 */
function chargeResultOf(data: unknown): ChargeResult {
  const wrapped = data as { charge?: ChargeResult };
  return wrapped.charge ?? (data as ChargeResult);
}

const zeroes = <K extends string>(keys: readonly K[], value: () => number | { armed: number; hit: number }) =>
  Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, ReturnType<typeof value>>;

export async function runCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const dir = mkdtempSync(join(tmpdir(), 'pos-faults-'));
  const dataDir = join(dir, 'app');
  const sandbox = await restartableSandbox(join(dir, 'sandbox.jsonl'));
  const config: WorkerConfig = { dataDir, apiUrl: sandbox.url, timeouts: TIMEOUTS, settleGraceMs: SETTLE_GRACE_MS, speedup: 20 };
  const worker = await bundleWorker();
  const startCore = () => CoreProcess.start(worker.script, config);
  let core = await startCore();

  const operations = zeroes(OPERATION_KINDS, () => 0) as Record<OperationKind, number>;
  const faults = zeroes(FAULT_KINDS, () => ({ armed: 0, hit: 0 })) as Record<FaultKind, { armed: number; hit: number }>;
  const errors: Record<string, number> = {};
  const answers: Record<string, number> = {};
  let kills = 0;
  let sandboxRestarts = 0;

  /** Every sale by attemptId, with the call that makes it, so a retry sends exactly the same. */
  const sales = new Map<string, Call>();
  /** Sales whose answer was not final (unknown, or the core died): the cashier presses pay again. */
  const retryable = new Set<string>();
  const told = new Map<string, Told>();
  const contradictions: string[] = [];
  const knownUids: string[] = [];
  /** Payments the screen was told are paid: what refunds pick from. */
  const paidUids: string[] = [];

  /** Records what the screen was told; a final answer must never change afterwards. */
  function hear(attemptId: string, outcome: CallOutcome): void {
    if (outcome === KILLED) {
      answers.killed = (answers.killed ?? 0) + 1;
      retryable.add(attemptId);
      return;
    }
    if (!outcome.ok) {
      errors[outcome.error.code] = (errors[outcome.error.code] ?? 0) + 1;
      return;
    }
    const result = chargeResultOf(outcome.data);
    answers[result.outcome] = (answers[result.outcome] ?? 0) + 1;
    if (!knownUids.includes(result.merchantUid)) knownUids.push(result.merchantUid);
    if (result.outcome === 'paid' && !paidUids.includes(result.merchantUid)) paidUids.push(result.merchantUid);
    const before = told.get(attemptId);
    if (before && before !== 'unknown' && result.outcome !== before) {
      contradictions.push(`sale ${attemptId}: told ${before}, later ${result.outcome}`);
    }
    if (!before || before === 'unknown') told.set(attemptId, result.outcome);
    if (result.outcome === 'unknown') retryable.add(attemptId);
    else retryable.delete(attemptId);
  }

  function pickOperation(): OperationKind {
    return random.weighted({
      charge: 45,
      again: 12,
      refund: paidUids.length > 0 ? 12 : 0,
      retry: retryable.size > 0 ? 15 : 0,
      refresh: knownUids.length > 0 ? 8 : 0,
      read: 6,
    });
  }

  /** The call for one operation, plus what to do with its answer. */
  function keyedSale(index: number): Call & { attemptId: string } {
    const sale = newSale(random, options.seed, index);
    sales.set(sale.attemptId, { method: 'chargeKeyed', payload: sale });
    return { method: 'chargeKeyed', payload: sale, attemptId: sale.attemptId };
  }

  /**
   * The call for one operation. Card-on-file charges and refunds first read what the screen
   * would show (the customer list, the refund quote); with nothing to charge or refund, the
   * operation becomes a new keyed sale.
   */
  async function operation(kind: OperationKind, index: number): Promise<Call & { attemptId: string | null }> {
    switch (kind) {
      case 'charge':
        return keyedSale(index);
      case 'again': {
        const found = await core.call('searchCustomers', { query: '', limit: 200 });
        const active = found !== KILLED && found.ok ? (found.data as CustomerView[]).filter((c) => c.keyState === 'active') : [];
        if (active.length === 0) return keyedSale(index);
        const sale = againSale(random, options.seed, index, random.pick(active).customerUid);
        sales.set(sale.attemptId, { method: 'chargeAgain', payload: sale });
        return { method: 'chargeAgain', payload: sale, attemptId: sale.attemptId };
      }
      case 'refund': {
        const quoted = await core.call('refundQuote', { merchantUid: random.pick(paidUids) });
        if (quoted === KILLED || !quoted.ok) return keyedSale(index);
        const quote = quoted.data as RefundQuote;
        if (quote.refundable === 0 || quote.checking) return keyedSale(index);
        return { method: 'refund', payload: refundOf(random, quote), attemptId: null };
      }
      case 'retry': {
        const attemptId = random.pick([...retryable]);
        const sale = sales.get(attemptId);
        if (!sale) throw new Error(`no sale ${attemptId}`);
        return { ...sale, attemptId };
      }
      case 'refresh':
        return { method: 'refreshPayment', payload: { merchantUid: random.pick(knownUids) }, attemptId: null };
      case 'read':
        return random.chance(0.5) || knownUids.length === 0
          ? { method: 'recentPayments', payload: { limit: random.int(1, 200) }, attemptId: null }
          : { method: 'getPayment', payload: { merchantUid: random.pick(knownUids) }, attemptId: null };
    }
  }

  try {
    for (let i = 0; i < options.ops; i++) {
      const kind = pickOperation();
      operations[kind] += 1;
      const { method, payload, attemptId } = await operation(kind, i);
      const fault = random.weighted(FAULT_WEIGHTS);
      let rules: FaultRule[] = [];
      if (fault !== 'none') {
        faults[fault].armed += 1;
        const path = PATHS[method] ?? DEFAULT_PATH;
        rules = rulesFor(fault, random, path);
        // A kill lands inside the request half the time: the charge is held at PortOne meanwhile.
        if (fault === 'kill' && random.chance(0.5)) rules = rulesFor('latency', random, path);
        if (rules.length > 0) await control(() => setFaults(sandbox.url, rules));
      }
      const call = core.call(method, payload);
      if (fault === 'kill') {
        // Held at PortOne: anywhere inside the request; otherwise within the few ms a call takes.
        await delay(random.int(0, rules.length > 0 ? TIMEOUTS.chargeMs : 10));
        await core.kill();
        kills += 1;
      } else if (fault === 'sandboxRestart') {
        await delay(random.int(0, 20));
        await sandbox.restart();
        sandboxRestarts += 1;
        faults.sandboxRestart.hit += 1;
      }
      const outcome = await call;
      if (fault === 'kill' && outcome === KILLED) faults.kill.hit += 1;
      if (attemptId !== null) hear(attemptId, outcome);
      else if (outcome !== KILLED && !outcome.ok) errors[outcome.error.code] = (errors[outcome.error.code] ?? 0) + 1;
      else if (outcome !== KILLED && method === 'refund') {
        const refund = outcome.data as RefundResult;
        answers[`refund ${refund.outcome}`] = (answers[`refund ${refund.outcome}`] ?? 0) + 1;
      }
      if (rules.length > 0 && fault !== 'kill' && fault !== 'none') {
        const left = (await control(() => listFaults(sandbox.url))).reduce((sum, r) => sum + (r.remaining ?? 0), 0);
        const armed = rules.reduce((sum, r) => sum + (r.count ?? 1), 0);
        if (left < armed) faults[fault].hit += 1;
      }
      await control(() => clearFaults(sandbox.url));
      if (outcome === KILLED || fault === 'kill') core = await startCore();
      if ((i + 1) % 100 === 0) log(`faults: ${i + 1}/${options.ops} operations, ${kills} kills, ${sandboxRestarts} sandbox restarts`);
    }

    // Every sale still open gets its final answer from a till left running: recovery + lookups.
    await core.drain();
    for (const attemptId of [...retryable]) {
      const sale = sales.get(attemptId);
      if (sale) hear(attemptId, await core.call(sale.method, sale.payload));
    }
    await core.close();

    const { records, refunds } = readLedger(dataDir);
    const findings = reconcile(records, await allSandboxPayments(sandbox.url), told, refunds);
    findings.mismatches.push(...contradictions);
    const cardData = findCardData(dataDir, cardDataNeedles(Object.values(TEST_CARDS))).hits;
    return {
      seed: options.seed,
      ops: options.ops,
      durationMs: performance.now() - started,
      operations,
      faults,
      kills,
      sandboxRestarts,
      errors,
      answers,
      findings,
      cardData,
    };
  } finally {
    await core.kill();
    await sandbox.close();
    worker.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The control endpoint is asked over a pooled fetch connection that a sandbox restart has just
 * cut; these calls are idempotent, so one retry on a fresh connection is safe.
 */
async function control<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    return call();
  }
}

function readLedger(dataDir: string): { records: LedgerRecord[]; refunds: Map<string, RefundTally> } {
  const ledger = new Ledger({ dataDir });
  try {
    const records = ledger.recent(Number.MAX_SAFE_INTEGER).flatMap((p) => ledger.get(p.merchantUid) ?? []);
    const store = new RefundStore(ledger.database);
    const refunds = new Map<string, RefundTally>();
    for (const { payment } of records) {
      const rows = store.forPayment(payment.merchantUid);
      if (rows.length === 0) continue;
      refunds.set(payment.merchantUid, {
        refunded: rows.filter((r) => r.status === 'refunded').length,
        open: rows.filter((r) => r.status === 'pending' || r.status === 'unknown').length,
      });
    }
    return { records, refunds };
  } finally {
    ledger.close();
  }
}

/** True when the money rules held: what the CLI's exit code and the test assert. */
export function campaignPassed(report: CampaignReport): boolean {
  const f = report.findings;
  return (
    f.mismatches.length === 0 &&
    f.doubleCharges.length === 0 &&
    f.lostPayments.length === 0 &&
    f.unresolved.length === 0 &&
    report.cardData.length === 0 &&
    (report.errors.internal ?? 0) === 0
  );
}
