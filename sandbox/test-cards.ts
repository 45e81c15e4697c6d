/**
 * Test card numbers and what the sandbox does with them. All are Luhn-valid (the app Luhn-checks
 * before it sends), grouped `dddd-dddd-dddd-dddd` as PortOne wants them. Any other Luhn-valid
 * number approves; a number that fails Luhn is refused by the "card company" (code -1).
 */

import { luhnValid } from '../domain/card-number';

export const TEST_CARDS = {
  /** Approved: code 0, status paid. */
  approve: '5365-1000-0000-0006',
  /** Declined after reaching the card company: code 0, status failed, fail_reason. */
  declineFailed: '5365-1000-0000-0014',
  /** Request to the PG failed: code -1, response null. */
  declineError: '5365-1000-0000-0022',
  /** Over the card's limit: code -1 "결제승인에 실패하였습니다. [2116]…" (the shape seen from the real API in 2016). */
  overLimit: '5365-1000-0000-0030',
  /** Wrong card password digits: code 0, status failed. */
  wrongPassword: '5365-1000-0000-0048',
  /** Reported lost/stolen: code 0, status failed. */
  lostCard: '5365-1000-0000-0055',
} as const;

export type CardBehaviour = keyof typeof TEST_CARDS | 'invalidNumber' | 'expired';

/** How a decline surfaces: as a processed payment (`failed`) or as a failed request (`error`). */
export interface Decline {
  shape: 'failed' | 'error';
  /** fail_reason (shape failed) or envelope message (shape error). */
  text: string;
}

const DECLINES: Record<Exclude<CardBehaviour, 'approve'>, Decline> = {
  declineFailed: { shape: 'failed', text: '[6021] 카드사 승인거절 - 거래정지 카드입니다.' },
  declineError: { shape: 'error', text: '카드정보 인증에 실패하였습니다. [F112] 유효하지 않은 카드입니다.' },
  overLimit: { shape: 'error', text: '결제승인에 실패하였습니다. [2116] 개인 월 한도금액 초과' },
  wrongPassword: { shape: 'failed', text: '[8326] 비밀번호 오류 - 카드 비밀번호 앞 2자리를 확인해주세요.' },
  lostCard: { shape: 'failed', text: '[7001] 분실/도난 신고된 카드입니다.' },
  invalidNumber: { shape: 'error', text: '카드정보 인증에 실패하였습니다. [F113] 카드번호 오류' },
  expired: { shape: 'error', text: '카드정보 인증에 실패하였습니다. [F114] 유효기간 오류' },
};

const BY_DIGITS = new Map<string, CardBehaviour>(
  Object.entries(TEST_CARDS).map(([k, v]) => [v.replace(/-/g, ''), k as CardBehaviour]),
);

/** The behaviour of a (validated, dashed) card number, before the expiry check. */
export function cardBehaviour(cardNumber: string): CardBehaviour {
  const digits = cardNumber.replace(/-/g, '');
  const known = BY_DIGITS.get(digits);
  if (known) return known;
  return luhnValid(digits) ? 'approve' : 'invalidNumber';
}

export function declineFor(behaviour: CardBehaviour): Decline | null {
  return behaviour === 'approve' ? null : DECLINES[behaviour];
}

/** Masks to first 6 + last 4 (what PortOne shows; "7~12번째 자리를 마스킹"). Never more is kept. */
export function maskCard(cardNumber: string): string {
  const digits = cardNumber.replace(/-/g, '');
  return digits.slice(0, 6) + '*'.repeat(Math.max(0, digits.length - 10)) + digits.slice(-4);
}

/** A plausible card company by first digit (KFTC card codes). */
export function cardCompany(cardNumber: string): { code: string; name: string } {
  switch (cardNumber[0]) {
    case '3':
      return { code: '365', name: '삼성카드' };
    case '4':
      return { code: '366', name: '신한카드' };
    case '5':
      return { code: '381', name: 'KB국민카드' };
    case '9':
      return { code: '361', name: 'BC카드' };
    default:
      return { code: '367', name: '현대카드' };
  }
}
