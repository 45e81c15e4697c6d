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
import type { WindowPayState } from '../../contract/window-payments';
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
import { keyStatus } from '../customers/sandbox-keys';
import { closeAndReadReports, dayBookProblems, toggleDay } from './day-books';
import { allSandboxPayments, type SandboxPayment } from './sandbox-view';
import { bundleWorker } from './worker-bundle';
import { playWindowSale, windowSale, windowTold, type WindowPlay } from './window-op';
import { hearSalePart, newSalePlan, receiptProblems, saleProblems, salePartCall, type SalePlan } from './sale-op';
import type { WorkerConfig } from './worker-protocol';

export const OPERATION_KINDS = ['charge', 'again', 'window', 'sale', 'refund', 'retry', 'refresh', 'read', 'day'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

export const FAULT_KINDS = ['latency', 'error5xxBefore', 'error5xxAfter', 'commitThenDrop', 'lookup5xx', 'sandboxRestart', 'kill', 'clockJump'] as const;
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
  /** Sales through the sales contract (cash, or cash + keyed card): how many, paid in full, split (of those by lines), cash receipts issued. */
  sales: { started: number; paid: number; split: number; byLines: number; receiptsIssued: number };
}

/** Short timeouts so faults cost milliseconds; the latency fault stays below charge timeout + grace (see docs). */
const TIMEOUTS = { chargeMs: 300, lookupMs: 500, tokenMs: 500 };
const SETTLE_GRACE_MS = 3_000;
/** The PortOne request each money-moving call makes: where its faults are injected. */
const PATHS: Record<string, string> = {
  chargeKeyed: '/subscribe/payments/onetime',
  chargeAgain: '/subscribe/payments/again',
  refund: '/payments/cancel',
  // A window sale's own requests: prepare, then the lookups that verify what the window returned.
  startWindowPayment: '/payments/*',
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
    case 'clockJump':
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
  clockJump: 6,
};

const HOUR_MS = 3_600_000;

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
  /** The core's wall clock minus the true time (0 again after each restart). */
  let clockOffset = 0;

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
    tell(attemptId, result.merchantUid, result.outcome);
    if (result.outcome === 'unknown') retryable.add(attemptId);
    else retryable.delete(attemptId);
  }

  /** `sale`: the attemptId of a keyed or card-on-file sale, the merchant_uid of a window sale. */
  function tell(sale: string, merchantUid: string, outcome: Told): void {
    answers[outcome] = (answers[outcome] ?? 0) + 1;
    if (!knownUids.includes(merchantUid)) knownUids.push(merchantUid);
    if (outcome === 'paid' && !paidUids.includes(merchantUid)) paidUids.push(merchantUid);
    const before = told.get(sale);
    if (before && before !== 'unknown' && outcome !== before) contradictions.push(`sale ${sale}: told ${before}, later ${outcome}`);
    if (!before || before === 'unknown') told.set(sale, outcome);
  }

  /** Refunds, lookups and reads: error answers by code, refund outcomes by kind. */
  function heardOther(method: string, outcome: Exclude<CallOutcome, typeof KILLED>): void {
    if (!outcome.ok) errors[outcome.error.code] = (errors[outcome.error.code] ?? 0) + 1;
    else if (method === 'refund') {
      const refund = outcome.data as RefundResult;
      answers[`refund ${refund.outcome}`] = (answers[`refund ${refund.outcome}`] ?? 0) + 1;
    }
  }

  /** Window sales whose last word was not final: asked again once the till has drained. */
  const windowsChecking = new Set<string>();
  let lastWindowImpUid: string | null = null;

  function hearWindow(play: WindowPlay): void {
    answers[`window ${play.method} ${play.fate}`] = (answers[`window ${play.method} ${play.fate}`] ?? 0) + 1;
    if (play.outcome === KILLED) answers.killed = (answers.killed ?? 0) + 1;
    else if (!play.outcome.ok) errors[play.outcome.error.code] = (errors[play.outcome.error.code] ?? 0) + 1;
    if (play.impUid !== null) lastWindowImpUid = play.impUid;
    if (play.merchantUid === null) return;
    if (!knownUids.includes(play.merchantUid)) knownUids.push(play.merchantUid);
    if (play.told !== null) tell(play.merchantUid, play.merchantUid, play.told);
    if (play.told === null || play.told === 'unknown') windowsChecking.add(play.merchantUid);
    else windowsChecking.delete(play.merchantUid);
  }

  /** SIGKILL of the core (a crash or power cut of the till). */
  async function killCore(): Promise<void> {
    await core.kill();
    kills += 1;
  }

  async function restartSandbox(): Promise<void> {
    await sandbox.restart();
    sandboxRestarts += 1;
    faults.sandboxRestart.hit += 1;
  }

  /** A wall-clock step of up to ±2 h (an NTP correction, a cashier fixing the date). */
  async function jumpClock(): Promise<void> {
    // Within ±2 h of the true time in all (a restarted core starts on the true time again).
    const step = random.pick([1, -1]) * random.int(60_000, 2 * HOUR_MS);
    const to = Math.max(-2 * HOUR_MS, Math.min(2 * HOUR_MS, clockOffset + step));
    await core.jumpClock(to - clockOffset);
    clockOffset = to;
    faults.clockJump.hit += 1;
  }

  function pickOperation(): OperationKind {
    return random.weighted({
      charge: 45,
      again: 12,
      window: 12,
      sale: 12,
      refund: paidUids.length > 0 ? 12 : 0,
      retry: retryable.size > 0 ? 15 : 0,
      refresh: knownUids.length > 0 ? 8 : 0,
      read: 6,
      day: 3,
    });
  }

  /** Card replacements (new sale's attemptId → the customer whose card it replaces), each old card once. */
  const replacements = new Map<string, string>();

  /**
   * A keyed sale that saves the buyer's new card in place of their card on file: the old key
   * must be deleted at PortOne exactly when the new card's first charge is paid.
   */
  async function replacementSale(index: number): Promise<(Call & { attemptId: string }) | null> {
    const found = await core.call('searchCustomers', { query: '', limit: 200 });
    const replaced = new Set(replacements.values());
    const active = found !== KILLED && found.ok ? (found.data as CustomerView[]).filter((c) => c.keyState === 'active' && !replaced.has(c.customerUid)) : [];
    if (active.length === 0) return null;
    const old = random.pick(active);
    const sale = { ...newSale(random, options.seed, index), saveCard: { consent: true as const, name: old.name, phone: old.phone, memo: '', replaces: old.customerUid } };
    replacements.set(sale.attemptId, old.customerUid);
    sales.set(sale.attemptId, { method: 'chargeKeyed', payload: sale });
    return { method: 'chargeKeyed', payload: sale, attemptId: sale.attemptId };
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
      case 'day':
        // Opens or closes the day whatever is still being checked; what follows is a plain sale.
        await toggleDay(core, random.int(0, 20) * 10_000);
        return keyedSale(index);
      case 'charge':
        return (random.chance(0.12) ? await replacementSale(index) : null) ?? keyedSale(index);
      case 'window':
      case 'sale':
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

  /** Sales through the sales contract; one operation sends one part (a new sale's first, or an open sale's next). */
  const salePlans: SalePlan[] = [];
  function salePlan(index: number): SalePlan {
    const open = salePlans.filter((p) => !p.done);
    if (open.length > 0 && random.chance(0.5)) return random.pick(open);
    const plan = newSalePlan(random, options.seed, index);
    salePlans.push(plan);
    return plan;
  }

  try {
    // 의무발행업종: cash of ₩100,000 or more with no number is self-issued (자진발급).
    await core.call('saveCashReceiptSettings', { mandatorySector: true, channelKey: '' });
    for (let i = 0; i < options.ops; i++) {
      const kind = pickOperation();
      operations[kind] += 1;
      const windowPay = kind === 'window' ? windowSale(random, options.seed, i) : null;
      const plan = kind === 'sale' ? salePlan(i) : null;
      const part = plan ? salePartCall(plan) : null;
      const { method, payload, attemptId } = windowPay
        ? { method: 'startWindowPayment', payload: windowPay, attemptId: null }
        : part
          ? { ...part, attemptId: null }
          : await operation(kind, i);
      // Every run, however small, steps the wall clock at least once, a third of the way in.
      const fault = i === Math.floor(options.ops / 3) ? 'clockJump' : random.weighted(FAULT_WEIGHTS);
      let rules: FaultRule[] = [];
      if (fault !== 'none') {
        faults[fault].armed += 1;
        const path = part?.path ?? PATHS[method] ?? DEFAULT_PATH;
        rules = rulesFor(fault, random, path);
        // A kill lands inside the request half the time: the charge is held at PortOne meanwhile.
        if (fault === 'kill' && random.chance(0.5)) rules = rulesFor('latency', random, path);
        if (rules.length > 0) await control(() => setFaults(sandbox.url, rules));
      }
      let outcome: CallOutcome;
      if (windowPay) {
        const killsBefore = kills;
        const midway = async () => {
          if (fault === 'kill') await killCore();
          else if (fault === 'clockJump') await jumpClock();
          else if (fault === 'sandboxRestart') await restartSandbox();
        };
        const play = await playWindowSale({ core, sandboxUrl: sandbox.url, random, midway, foreignImpUid: lastWindowImpUid }, windowPay);
        // The window never got as far as the customer (e.g. prepare failed): the kill lands after.
        if (fault === 'kill' && kills === killsBefore) await killCore();
        hearWindow(play);
        outcome = play.outcome;
        if (fault === 'kill' && outcome === KILLED) faults.kill.hit += 1;
      } else {
        const call = core.call(method, payload);
        if (fault === 'kill') {
          // Held at PortOne: anywhere inside the request; otherwise within the few ms a call takes.
          await delay(random.int(0, rules.length > 0 ? TIMEOUTS.chargeMs : 10));
          await killCore();
        } else if (fault === 'sandboxRestart') {
          await delay(random.int(0, 20));
          await restartSandbox();
        } else if (fault === 'clockJump') {
          // Anywhere inside the request, while its answer and the lookups after it are pending.
          await delay(random.int(0, TIMEOUTS.chargeMs));
          await jumpClock();
        }
        outcome = await call;
        if (fault === 'kill' && outcome === KILLED) faults.kill.hit += 1;
      }
      if (plan) hearSalePart(plan, outcome, tell);
      // A window sale was heard by hearWindow.
      if (attemptId !== null) hear(attemptId, outcome);
      else if (!windowPay && outcome !== KILLED) heardOther(method, outcome);
      if (rules.length > 0 && fault !== 'kill' && fault !== 'none') {
        const left = (await control(() => listFaults(sandbox.url))).reduce((sum, r) => sum + (r.remaining ?? 0), 0);
        const armed = rules.reduce((sum, r) => sum + (r.count ?? 1), 0);
        if (left < armed) faults[fault].hit += 1;
      }
      await control(() => clearFaults(sandbox.url));
      if (outcome === KILLED || fault === 'kill') {
        core = await startCore();
        clockOffset = 0;
      }
      if ((i + 1) % 100 === 0) log(`faults: ${i + 1}/${options.ops} operations, ${kills} kills, ${sandboxRestarts} sandbox restarts`);
    }

    // Every sale still open gets its final answer from a till left running: recovery + lookups.
    await core.drain();
    for (const attemptId of [...retryable]) {
      const sale = sales.get(attemptId);
      if (sale) hear(attemptId, await core.call(sale.method, sale.payload));
    }
    // An open sale's cashier presses pay again for what is left (its part, same partId).
    for (const plan of salePlans) {
      for (let tries = 0; !plan.done && tries < 3; tries++) hearSalePart(plan, await core.call('paySale', salePartCall(plan).payload), tell);
    }
    for (const merchantUid of windowsChecking) {
      const state = await core.call('windowPaymentState', { merchantUid });
      const heard = state !== KILLED && state.ok ? windowTold(state.data as WindowPayState) : null;
      if (heard !== null) tell(merchantUid, merchantUid, heard);
    }
    // The last close with the clock past every step taken: every charge and cancel is in a report by then.
    await core.jumpClock(3 * HOUR_MS - clockOffset);
    const reports = await closeAndReadReports(core);
    const salesWrong = await saleProblems(core, salePlans);
    await core.close();
    const receipts = await receiptProblems(dataDir, sandbox.url);

    const { records, refunds } = readLedger(dataDir);
    const atPortOne = await allSandboxPayments(sandbox.url);
    const findings = reconcile(records, atPortOne, told, refunds);
    findings.mismatches.push(
      ...contradictions,
      ...(await replacementProblems(sandbox.url, replacements, records, atPortOne)),
      ...dayBookProblems(reports, records, atPortOne),
      ...salesWrong,
      ...receipts.problems,
    );
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
      sales: {
        started: salePlans.length,
        paid: salePlans.filter((p) => p.next === p.parts.length).length,
        split: salePlans.filter((p) => p.parts.length > 1).length,
        byLines: salePlans.filter((p) => p.parts.some((part) => part.lines)).length,
        receiptsIssued: receipts.issued,
      },
    };
  } finally {
    await core.kill();
    await sandbox.close();
    worker.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each replaced card: its key gone at PortOne if and only if the new card's first charge was paid there. */
async function replacementProblems(
  sandboxUrl: string,
  replacements: ReadonlyMap<string, string>,
  records: readonly LedgerRecord[],
  atPortOne: readonly SandboxPayment[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const [attemptId, oldUid] of replacements) {
    const record = records.find((r) => r.attemptId === attemptId);
    const paid = record !== undefined && atPortOne.some((p) => p.merchant_uid === record.payment.merchantUid && (p.status === 'paid' || p.status === 'cancelled'));
    const status = await keyStatus(sandboxUrl, oldUid);
    if (paid && status !== 404) problems.push(`replacement ${attemptId}: the new card was charged, the old key ${oldUid} is still at PortOne`);
    if (!paid && status === 404) problems.push(`replacement ${attemptId}: the new card was never charged, yet the old key ${oldUid} was deleted`);
  }
  return problems;
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
