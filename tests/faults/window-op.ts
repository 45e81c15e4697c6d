import { setTimeout as delay } from 'node:timers/promises';
import type { WindowPayInput, WindowPayMethod, WindowPayState } from '../../contract/window-payments';
import { depositVbank } from '../../sandbox/control';
import { openPg, type OpenedPg } from '../window-payments/sdk-driver';
import { KILLED, type CallOutcome, type CoreProcess } from './core-process';
import type { Random } from './random';
import type { Told } from './reconcile';

/**
 * One payment-window sale in the fault campaign: main opens the window (intent + prepare), the
 * campaign plays the customer at the PG (the sandbox's SDK flow, popup or redirect) and the
 * window's fate, and main's verdict is what the screen was told. The customer acts from the
 * campaign's process, so an approval can land after main was killed or the window had closed.
 */

const METHODS: readonly WindowPayMethod[] = ['card', 'trans', 'vbank', 'phone'];

/**
 * - returns: the normal end, the return URL reached with the SDK's query
 * - closedThenLate: the window closes (customer, crash, the 15-minute timer) before the customer
 *   finishes; the approval arrives afterwards, then a late return
 * - crashed: the customer acts, the window dies without a return
 * - bogusImpUid / foreignImpUid: the return names an imp_uid PortOne does not know, or another sale's
 * - cashierGivesUp: no return; the cashier closes the window from the till
 */
const FATES = { returns: 50, closedThenLate: 15, crashed: 10, bogusImpUid: 8, foreignImpUid: 7, cashierGivesUp: 10 } as const;
export type WindowFate = keyof typeof FATES;

export interface WindowPlay {
  merchantUid: string | null;
  method: WindowPayMethod;
  fate: WindowFate;
  /** The last answer main gave for the sale (its start when it never opened). */
  outcome: CallOutcome;
  /** What the screen was told, once there was a final word or "checking". */
  told: Told | null;
  /** The PG payment the customer opened (an imp_uid a later sale may return as a foreign one). */
  impUid: string | null;
}

export interface WindowPlayContext {
  core: CoreProcess;
  sandboxUrl: string;
  random: Random;
  /** Called once the customer has acted at the PG and before the window reports back: where a kill or a clock step lands. */
  midway: () => Promise<void>;
  /** An imp_uid of an earlier window sale, if any. */
  foreignImpUid: string | null;
}

export function windowSale(random: Random, seed: number, index: number): WindowPayInput {
  const amount = random.int(10, 3_000) * 100;
  const payMethod = random.pick(METHODS);
  return {
    saleId: `window-${seed}-${index}`,
    amount,
    taxFree: random.chance(0.2) ? random.int(0, amount / 100) * 100 : 0,
    orderName: random.pick(['카페라떼', 'Gift set']),
    buyerName: random.pick(['', '홍길동']),
    buyerTel: '010-1234-5678',
    buyerEmail: '',
    payMethod,
    company: '테스트상점',
    companyEn: 'Test Shop',
  };
}

/** What the cashier was told for a window verdict: "not paid" answers count as failed. */
export function windowTold(state: WindowPayState): Told | null {
  switch (state.outcome) {
    case 'paid':
      return 'paid';
    case 'declined':
    case 'closed':
    case 'refused':
      return 'failed';
    case 'checking':
      return 'unknown';
    default:
      return null;
  }
}

export async function playWindowSale(ctx: WindowPlayContext, sale: WindowPayInput): Promise<WindowPlay> {
  const { core, random } = ctx;
  const fate = random.weighted(FATES);
  const play: WindowPlay = { merchantUid: null, method: sale.payMethod, fate, outcome: KILLED, told: null, impUid: null };
  const started = await core.call('startWindowPayment', sale);
  play.outcome = started;
  if (started === KILLED || !started.ok) return play;
  const merchantUid = (started.data as { merchantUid: string }).merchantUid;
  play.merchantUid = merchantUid;

  const action = random.weighted({ approve: 75, decline: 12, close: 13 });
  let pg: OpenedPg | null = null;
  try {
    pg = await openPg(ctx.sandboxUrl, { merchantUid, amount: sale.amount, payMethod: sale.payMethod, mobile: random.chance(0.5) });
  } catch {
    // The PG page never loaded (e.g. the sandbox restarting): the window closes with nothing done.
  }
  play.impUid = pg?.impUid ?? null;
  const act = async () => {
    await pg?.act(action).catch(() => undefined);
    // A virtual account issued now may be paid into at once: a later deposit main must still learn of.
    if (pg && action === 'approve' && sale.payMethod === 'vbank' && random.chance(0.5)) await depositVbank(ctx.sandboxUrl, pg.impUid).catch(() => undefined);
  };
  const errorCode = action === 'approve' ? null : 'F400';
  const returned = (impUid: string | null) => core.window(merchantUid, 'returned', impUid, errorCode);

  if (!pg) await core.window(merchantUid, 'closed');
  else if (fate === 'closedThenLate') {
    await core.window(merchantUid, 'closed');
    await delay(random.int(0, 200));
    await act();
    await ctx.midway();
    await returned(pg.impUid);
  } else {
    await act();
    await ctx.midway();
    if (fate === 'returns') await returned(pg.impUid);
    else if (fate === 'crashed') await core.window(merchantUid, 'closed');
    else if (fate === 'bogusImpUid') await returned('imp_000000000000');
    else if (fate === 'foreignImpUid') await returned(ctx.foreignImpUid ?? 'imp_000000000000');
    else play.outcome = await core.call('closeWindowPayment', { merchantUid });
  }
  return settle(core, play);
}

/** Follows main's verdict for up to ~4 s (the grace is 3 s): final, or "checking" left to the drain. */
async function settle(core: CoreProcess, play: WindowPlay): Promise<WindowPlay> {
  if (play.merchantUid === null) return play;
  for (let i = 0; i < 80; i++) {
    const state = await core.call('windowPaymentState', { merchantUid: play.merchantUid });
    play.outcome = state;
    if (state === KILLED || !state.ok) return play;
    const view = state.data as WindowPayState;
    play.told = windowTold(view);
    if (view.phase === 'done' && view.outcome !== 'checking') return play;
    await delay(50);
  }
  return play;
}
