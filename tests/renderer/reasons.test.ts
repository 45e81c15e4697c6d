import type { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { contract } from '../../contract/channels';
import { allReasons } from '../../contract/reasons';
import { AppError, ErrorCode, type AppErrorArgs } from '../../contract/result';
import { errorText, fieldLabel } from '../../renderer/src/kernel/errors';
import { fieldLabels } from '../../renderer/src/kernel/messages';
import { reasonMessages } from '../../renderer/src/kernel/reason-messages';

const LANGS = ['ko', 'en'] as const;

/** Every object key a request schema declares, at any depth (the last path segment a field error names). */
function fieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (schema: unknown): void => {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def) return;
    if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        names.add(key);
        walk(child);
      }
    } else if (def.type === 'union') (def.options as unknown[]).forEach(walk);
    else if (def.type === 'array') walk(def.element);
    else walk(def.innerType ?? def.in);
  };
  for (const entry of Object.values(contract)) walk(entry.request as z.ZodType);
  return names;
}

describe('every declared reason has its sentence', () => {
  it.each(allReasons.map((r) => [r]))('%s: Korean and English', (reason) => {
    for (const lang of LANGS) {
      const text = (reasonMessages[lang] as Record<string, string | undefined>)[reason];
      expect(text?.trim(), `${lang} ${reason}`).toBeTruthy();
    }
  });

  it('the renderer has no sentence for a reason the contract does not declare', () => {
    for (const lang of LANGS) expect(Object.keys(reasonMessages[lang]).sort()).toEqual([...new Set(allReasons)].sort());
  });

  it('reasons are unique and shaped <area>.<name>', () => {
    expect(new Set(allReasons).size).toBe(allReasons.length);
    for (const reason of allReasons) expect(reason).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
  });
});

describe('errorText', () => {
  it('picks the sentence by reason and fills its params, never showing main English', () => {
    const info = new AppError('forbidden', 'Wrong PIN. Kim is blocked for 30 s.', {
      reason: 'auth.wrong_pin_blocked',
      field: 'pin',
      params: { name: '김하나', seconds: 30 },
    }).toInfo();
    expect(errorText(info, 'ko')).toBe('PIN이 맞지 않습니다. 김하나 님 계정이 30초 동안 잠깁니다.');
    expect(errorText(info, 'en')).toBe('Wrong PIN. 김하나 is blocked for 30 s.');
  });

  it('gives two conflicts two different sentences', () => {
    const dayOpen = new AppError('conflict', 'x', { reason: 'close.day_already_open' }).toInfo();
    const inFlight = new AppError('conflict', 'x', { reason: 'charge.charge_in_flight' }).toInfo();
    expect(errorText(dayOpen, 'ko')).not.toBe(errorText(inFlight, 'ko'));
    expect(errorText(dayOpen, 'ko')).toContain('영업일');
  });

  it('groups numbers in params', () => {
    const info = new AppError('invalid_input', 'x', { reason: 'charge.quota_minimum', params: { minimum: 50000 } }).toInfo();
    expect(errorText(info, 'ko')).toBe('할부는 ₩50,000 이상부터 가능합니다');
  });

  it('words a router field error in the cashier language, naming the field and the rule', () => {
    const tooLong = { code: 'invalid_input', reason: 'ipc.invalid_input', message: 'orderName: must have at most 40 characters', field: 'orderName', params: { field: 'orderName', rule: 'max_length', limit: 40 } } as const;
    expect(errorText(tooLong, 'ko')).toBe('주문명: 40자 이하로 입력하세요');
    expect(errorText(tooLong, 'en')).toBe('Order name: at most 40 characters');
    const nested = { code: 'invalid_input', reason: 'ipc.invalid_input', message: 'x', field: 'saveCard.phone', params: { field: 'saveCard.phone', rule: 'format' } } as const;
    expect(errorText(nested, 'ko')).toBe('전화번호: 형식이 올바르지 않습니다');
    const whole = { code: 'invalid_input', reason: 'ipc.invalid_input', message: 'request: must be an object', params: { rule: 'type' } } as const;
    expect(errorText(whole, 'en')).toBe('Request: not the right kind of value');
  });

  it('falls back to the code generic sentence for a reason it does not know', () => {
    const info = { code: 'not_found', reason: 'someone.new_reason', message: 'Nothing here.' } as const;
    expect(errorText(info, 'ko')).toBe(reasonMessages.ko['generic.not_found']);
    expect(errorText(info, 'en')).not.toContain('Nothing here');
  });

  it('has a label in both languages for every field a request declares', () => {
    const names = fieldNames();
    expect(names.size).toBeGreaterThan(40);
    for (const name of names) {
      for (const lang of LANGS) expect((fieldLabels[lang] as Record<string, string | undefined>)[name], `${lang} ${name}`).toBeTruthy();
    }
    expect(fieldLabel('items.2.flavour', 'ko')).toBe('items.2.flavour');
  });
});

/** Would `new AppError(C, message, …rest)` compile? */
type Accepts<C extends ErrorCode, Rest extends unknown[]> = [C, string, ...Rest] extends AppErrorArgs ? true : false;
type Refusal = Exclude<ErrorCode, 'internal'>;

describe('AppError carries a declared reason (checked by tsc: these assertions fail the typecheck)', () => {
  it('every code but internal refuses to be thrown without its own reason', () => {
    // One entry per code: a code added to ErrorCode is covered without touching this test.
    expectTypeOf<{ [C in Refusal]: Accepts<C, []> }>().toEqualTypeOf<{ [C in Refusal]: false }>();
    expectTypeOf<{ [C in Refusal]: Accepts<C, [{ field: string }]> }>().toEqualTypeOf<{ [C in Refusal]: false }>();
    expectTypeOf<{ [C in Refusal]: Accepts<C, [{ reason: `generic.${C}` }]> }>().toEqualTypeOf<{ [C in Refusal]: false }>();
    expectTypeOf<{ [C in Refusal]: Accepts<C, [{ reason: 'auth.wrong_pin' }]> }>().toEqualTypeOf<{ [C in Refusal]: true }>();
    expectTypeOf<Accepts<'internal', []>>().toEqualTypeOf<true>();
    // @ts-expect-error a conflict needs its reason
    expect(new AppError('conflict', 'x').reason).toBe('generic.conflict');
    // @ts-expect-error an undeclared reason is not one
    expect(new AppError('forbidden', 'x', { reason: 'auth.made_up' }).reason).toBe('auth.made_up');
  });

  it('keeps the reason, field and params it is given; internal falls back to generic', () => {
    expect(new AppError('forbidden', 'Wrong PIN.', { reason: 'auth.wrong_pin', field: 'pin' }).toInfo()).toEqual({
      code: 'forbidden',
      reason: 'auth.wrong_pin',
      message: 'Wrong PIN.',
      field: 'pin',
    });
    expect(new AppError('internal', 'bug').reason).toBe('generic.internal');
    expect(ErrorCode.options).toContain('internal');
  });
});
