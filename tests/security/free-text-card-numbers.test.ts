import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaveCardInput } from '../../contract/channels';
import { RefundInput } from '../../contract/refunds';
import { keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { ledgerSnapshot } from '../bad-input/ledger-snapshot';

const TYPED = ['4111 1111 1111 1111', '４１１１-１１１１-１１１１-１１１１', '4111.1111.1111.1111'];

describe('free text never holds a card number (issue 13, finding 8)', () => {
  let fx: CoreFixture;
  beforeAll(async () => {
    fx = await startCoreFixture();
  });
  afterAll(() => fx.close());

  it.each(TYPED)('a keyed charge with %s typed into the order name or buyer name is refused by field, and nothing is written', async (card) => {
    const snapshot = ledgerSnapshot(fx.dataDir);
    const before = snapshot();
    for (const [field, over] of [
      ['orderName', { orderName: `전화 주문 ${card}` }],
      // buyer_name holds 16 characters (issue 18): the card typed without its separators fits, and is still refused as card-like.
      ['buyerName', { buyerName: card.replace(/[^0-9０-９]/g, '') }],
    ] as const) {
      const answer = await fx.call('chargeKeyed', keyedRequest({ attemptId: `free-text-${field}-${card.length}`, ...over }));
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
      if (!answer.ok) {
        expect(answer.error.message).toMatch(/looks like a card number/);
        expect(answer.error.message).not.toContain('1111');
      }
    }
    expect(snapshot()).toBe(before);
  });

  it('the memo and customer name of a saved card and a refund reason are checked the same way', () => {
    const save = SaveCardInput.safeParse({ consent: true, name: '홍길동', phone: '', memo: `card ${TYPED[1]}` });
    expect(save.success).toBe(false);
    expect(save.error?.issues[0]).toMatchObject({ path: ['memo'], message: expect.stringMatching(/^memo: this looks like a card number/) });
    expect(SaveCardInput.safeParse({ consent: true, name: TYPED[2], phone: '', memo: '' }).error?.issues[0]?.path).toEqual(['name']);
    const refund = RefundInput.safeParse({ merchantUid: 'pos-1', amount: 100, taxFree: 0, reason: `wrong card ${TYPED[0]}`, expectedRefundable: 100 });
    expect(refund.error?.issues[0]?.path).toEqual(['reason']);
    expect(SaveCardInput.safeParse({ consent: true, name: '홍길동', phone: '010-1234-5678', memo: '매주 화요일 010-1234-5678' }).success).toBe(true);
  });
});
