import { describe, expect, it } from 'vitest';
import { auditDetailText } from '../../renderer/src/audit/detail';

describe('audit detail in words', () => {
  it('money as ₩ with separators, labels from the field names', () => {
    expect(auditDetailText('{"amount":12000,"kind":"keyed","outcome":"paid"}', 'ko')).toBe('결제 금액: ₩12,000, 종류: keyed, 결과: paid');
    expect(auditDetailText('{"amount":12000,"taxFree":1000}', 'en')).toBe('Amount: ₩12,000, Tax-free amount: ₩1,000');
  });

  it('instants (epoch ms) in the shop time, Asia/Seoul, whatever the machine zone', () => {
    // 2026-12-04 03:00:00 UTC is 12:00:00 in Seoul.
    const at = Date.UTC(2026, 11, 4, 3, 0, 0);
    const text = auditDetailText(JSON.stringify({ from: at, to: at }), 'en');
    expect(text).toContain('04/12/2026, 12:00:00');
    expect(text).not.toContain(String(at));
  });

  it('settings_changed names the settings by their labels; booleans and nulls in words', () => {
    expect(auditDetailText('{"changed":"storeName,mode"}', 'ko')).toBe('바뀐 설정: 상호, 결제 모드');
    expect(auditDetailText('{"unlock":false,"customer":null}', 'ko')).toBe('잠금 해제: 아니오, 고객 이름: —');
  });

  it('"change" is the cash given back when a number, what changed when a word', () => {
    expect(auditDetailText('{"amount":7000,"change":3000,"given":10000}', 'ko')).toBe('결제 금액: ₩7,000, 거스름돈: ₩3,000, 받은 금액: ₩10,000');
    expect(auditDetailText('{"change":"category_deleted","name":"음료"}', 'en')).toBe('Change: category_deleted, Name: 음료');
  });

  it('anything that is not a flat JSON object is shown as stored', () => {
    expect(auditDetailText('not json', 'ko')).toBe('not json');
    expect(auditDetailText('[1,2]', 'ko')).toBe('[1,2]');
    expect(auditDetailText('{}', 'ko')).toBe('');
  });
});
