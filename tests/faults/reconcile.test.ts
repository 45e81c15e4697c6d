import { describe, expect, it } from 'vitest';
import type { PaymentStatus } from '../../contract/schemas';
import type { LedgerRecord } from '../../main/ledger/ledger';
import { reconcile } from './reconcile';
import type { SandboxPayment } from './sandbox-view';

/** The campaign's verdicts are only worth something if each rule catches its own breach. */
function record(uid: string, status: PaymentStatus, over: { attemptId?: string; amount?: number; cancelAmount?: number; impUid?: string | null } = {}): LedgerRecord {
  return {
    payment: {
      merchantUid: uid,
      impUid: over.impUid === undefined ? `imp_${uid}` : over.impUid,
      kind: 'keyed',
      status,
      sandbox: true,
      amount: over.amount ?? 1000,
      taxFree: 0,
      vat: 91,
      cancelAmount: over.cancelAmount ?? 0,
      orderName: 'x',
      buyerName: '',
      cardName: null,
      cardNumberMasked: null,
      cardQuota: 0,
      applyNum: null,
      receiptUrl: null,
      failReason: null,
      cashier: 'owner',
      createdAt: 0,
      updatedAt: 0,
    },
    attemptId: over.attemptId ?? `sale-${uid}`,
    reasonCode: null,
    apiEnv: 'sandbox',
    requestSentAt: 0,
    portone: null,
  };
}

function portone(uid: string, status: SandboxPayment['status'], over: Partial<SandboxPayment> = {}): SandboxPayment {
  return { imp_uid: `imp_${uid}`, merchant_uid: uid, status, amount: 1000, cancel_amount: 0, cancel_history: [], ...over };
}

describe('reconcile', () => {
  it('agrees when ledger and PortOne agree (paid, partly refunded, declined, never sent)', () => {
    const findings = reconcile(
      [record('a', 'paid'), record('b', 'partially_cancelled', { cancelAmount: 300 }), record('c', 'failed', { impUid: null }), record('d', 'rejected', { impUid: null })],
      [portone('a', 'paid'), portone('b', 'paid', { cancel_amount: 300, cancel_history: [{ amount: 300 }] }), portone('c', 'failed')],
      new Map([['sale-a', 'paid'], ['sale-c', 'failed']]),
      new Map([['b', { refunded: 1, open: 0 }]]),
    );
    expect(findings).toEqual({ checked: 4, mismatches: [], doubleCharges: [], lostPayments: [], unresolved: [] });
  });

  it('catches a payment paid at PortOne that the ledger lacks or calls not paid', () => {
    const findings = reconcile([record('a', 'failed')], [portone('a', 'paid'), portone('z', 'paid')], new Map());
    expect(findings.lostPayments).toHaveLength(2);
  });

  it('catches one sale charged under two merchant_uids, and two paid payments under one', () => {
    const findings = reconcile(
      [record('a', 'paid', { attemptId: 'sale-1' }), record('b', 'paid', { attemptId: 'sale-2' })],
      [portone('a', 'paid'), portone('a', 'paid', { imp_uid: 'imp_a2' }), portone('b', 'paid')],
      new Map(),
    );
    expect(findings.doubleCharges).toEqual(['a: 2 paid payments at PortOne', 'sale sale-1: charged 2 times']);
  });

  it('catches disagreeing amounts and statuses, a refund count that differs, and a contradicted answer', () => {
    const findings = reconcile(
      [record('a', 'paid', { amount: 999 }), record('b', 'paid'), record('c', 'paid')],
      [portone('a', 'paid'), portone('b', 'cancelled', { cancel_amount: 1000, cancel_history: [{ amount: 1000 }] })],
      new Map([['sale-c', 'paid']]),
      new Map([['b', { refunded: 0, open: 0 }]]),
    );
    expect(findings.mismatches).toEqual([
      'a: amount ₩999 vs ₩1000',
      'b: PortOne has 1 cancels, the POS recorded 0 refunds',
      'b: status paid vs cancelled (cancelled ₩1000), cancelled ₩0 vs ₩1000',
      'c: ledger paid, PortOne has no paid payment',
      'sale sale-c: told paid, PortOne has no payment',
    ]);
  });

  it('lists open intents and refunds still being checked as unresolved', () => {
    const findings = reconcile([record('a', 'unknown', { impUid: null }), record('b', 'paid')], [portone('b', 'paid')], new Map(), new Map([['b', { refunded: 0, open: 1 }]]));
    expect(findings.unresolved).toEqual(['a: unknown', 'b: 1 refund(s) still being checked']);
  });
});
