import { describe, expect, it } from 'vitest';
import { EVENT_NOTE_CODES, type EventNote, type PaymentEvent } from '../../contract/schemas';
import { eventText } from '../../renderer/src/history/event-text';
import { eventNoteMessages } from '../../renderer/src/history/messages';
import { failReasonText } from '../../renderer/src/result/fail-reason';

const LANGS = ['ko', 'en'] as const;
const event = (note: EventNote | null, detail = 'English detail', stale = false): PaymentEvent => ({ at: 0, type: 'outcome', detail, note, stale });

describe('ledger event notes', () => {
  it.each(EVENT_NOTE_CODES.filter((code) => code !== 'request_sent').map((code) => [code]))('%s: Korean and English', (code) => {
    for (const lang of LANGS) {
      const text = (eventNoteMessages[lang] as Record<string, string | undefined>)[`note.${code}`];
      expect(text?.trim(), `${lang} ${code}`).toBeTruthy();
    }
  });

  it('the renderer has no sentence for a code the contract does not declare', () => {
    const worded = Object.keys(eventNoteMessages.ko).filter((key) => key.startsWith('note.')).map((key) => key.slice('note.'.length));
    expect(worded.sort()).toEqual(EVENT_NOTE_CODES.filter((code) => code !== 'request_sent').sort());
  });
});

describe('eventText', () => {
  it("words a keyed intent in the cashier's language with won formatted", () => {
    const intent = event({ code: 'intent', params: { kind: 'keyed', amount: 15_000, taxFree: 0 } }, 'keyed ₩15000 (tax-free ₩0)');
    expect(eventText(intent, 'ko')).toBe('수기 결제 ₩15,000 (면세 ₩0)');
    expect(eventText(intent, 'en')).toBe('Keyed ₩15,000 (tax-free ₩0)');
  });

  it('shows what a person typed and the imp_uid as they are', () => {
    const refund = event({ code: 'refund_requested', params: { amount: 5_000, taxFree: 0, balance: 15_000, actor: '김철수', reason: 'changed mind' } });
    expect(eventText(refund, 'ko')).toBe('₩5,000 환불 요청 (면세 ₩0, 환불 전 잔액 ₩15,000) · 김철수: changed mind');
    const paid = event({ code: 'paid', params: { impUid: 'imp_123', amount: 1_234_000 } });
    expect(eventText(paid, 'ko')).toBe('₩1,234,000 승인 (imp_123)');
    expect(eventText(paid, 'en')).toBe('₩1,234,000 approved (imp_123)');
  });

  it("words enumerated values (PortOne's status, a rejection, a window method)", () => {
    expect(eventText(event({ code: 'portone_status', params: { status: 'cancelled', impUid: 'imp_9', amount: 500 } }), 'ko')).toBe('포트원: 취소됨 ₩500 (imp_9)');
    expect(eventText(event({ code: 'rejected', params: { rejection: 'credentials' } }), 'en')).toBe('PortOne did not accept the API key or secret');
    expect(eventText(event({ code: 'window_opened', params: { payMethod: 'vbank', mid: 'nx_mid_il' } }), 'ko')).toBe('가상계좌 결제창을 열었습니다');
    expect(eventText(event({ code: 'not_found_yet', params: {} }), 'ko')).toBe('포트원에 아직 기록이 없습니다. 잠시 후 다시 확인합니다');
  });

  it('marks a view that was not applied, says nothing more for request_sent, and shows an old row as stored', () => {
    const stale = event({ code: 'portone_cancels', params: { status: 'paid', cancelled: 0 } }, 'x', true);
    expect(eventText(stale, 'ko')).toBe('포트원: 결제 완료, 취소된 금액 ₩0 (이미 더 새로운 정보가 있어 반영하지 않음)');
    expect(eventText(event({ code: 'request_sent', params: {} }, ''), 'ko')).toBe('');
    expect(eventText(event(null, 'PortOne: not found yet'), 'ko')).toBe('PortOne: not found yet');
  });
});

describe('failReasonText', () => {
  it("words main's own reasons and keeps PortOne's message as PortOne sent it", () => {
    const notOpened = { failReason: 'The payment window could not be opened.', reasonCode: 'not_sent' };
    expect(failReasonText(notOpened, 'ko')).toBe('결제 요청이 포트원에 전달되지 않았습니다. 결제되지 않았습니다.');
    expect(failReasonText({ failReason: '[F113] 카드 한도 초과', reasonCode: 'declined' }, 'ko')).toBe('[F113] 카드 한도 초과');
    expect(failReasonText({ failReason: 'x', reasonCode: undefined }, 'en')).toBe('x');
    expect(failReasonText({ failReason: null, reasonCode: null }, 'ko')).toBeNull();
  });
});
