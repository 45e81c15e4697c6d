import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barcodeKind, barcodeProblem, gs1CheckDigit } from '../../domain/barcode';
import { initialsOf, isInitialsQuery, matchesInitials } from '../../domain/hangul';
import { ORDER_NAME_MAX_LENGTH, orderNameOf } from '../../domain/order-name';

describe('barcodes', () => {
  it('accepts real EAN-13, EAN-8 and UPC-A codes and free store codes', () => {
    expect(barcodeProblem('8801234567893')).toBeNull();
    expect(barcodeKind('8801234567893')).toBe('ean13');
    expect(barcodeProblem('96385074')).toBeNull();
    expect(barcodeKind('96385074')).toBe('ean8');
    expect(barcodeProblem('036000291452')).toBeNull();
    expect(barcodeKind('036000291452')).toBe('upca');
    expect(barcodeProblem('A-101')).toBeNull();
    expect(barcodeProblem('12345')).toBeNull();
    expect(barcodeKind('12345')).toBe('store');
  });

  it('refuses a wrong check digit and codes that are not codes', () => {
    expect(barcodeProblem('8801234567890')).toBe('check_digit');
    expect(barcodeProblem('96385075')).toBe('check_digit');
    expect(barcodeProblem('')).toBe('format');
    expect(barcodeProblem('아메리카노')).toBe('format');
    expect(barcodeProblem('x'.repeat(33))).toBe('format');
  });

  it('finds every single-digit error in a GS1 code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(7, 11, 12).chain((n) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (digits, at, delta) => {
          const body = digits.join('');
          const code = body + String(gs1CheckDigit(body));
          expect(barcodeProblem(code)).toBeNull();
          const i = at % code.length;
          const wrong = code.slice(0, i) + String((code.charCodeAt(i) - 48 + delta) % 10) + code.slice(i + 1);
          expect(barcodeProblem(wrong)).toBe('check_digit');
        },
      ),
    );
  });
});

describe('초성', () => {
  it('takes each syllable to its initial consonant', () => {
    expect(initialsOf('아메리카노')).toBe('ㅇㅁㄹㅋㄴ');
    expect(initialsOf('까페 라떼')).toBe('ㄲㅍㄹㄸ');
    expect(initialsOf('힣')).toBe('ㅎ');
    expect(initialsOf('가')).toBe('ㄱ');
    expect(initialsOf('Cafe 라떼 2')).toBe('cafeㄹㄸ2');
  });

  it('matches a typed prefix of initials', () => {
    expect(matchesInitials('아메리카노', 'ㅇㅁㄹㅋ')).toBe(true);
    expect(matchesInitials('아이스 아메리카노', 'ㅇㅇㅅ ㅇㅁ')).toBe(true);
    expect(matchesInitials('카페라떼', 'ㅇㅁ')).toBe(false);
    expect(isInitialsQuery('ㅇㅁㄹㅋ')).toBe(true);
    expect(isInitialsQuery('아메')).toBe(false);
    expect(isInitialsQuery('  ')).toBe(false);
  });

  it('is one initial per syllable, for every syllable', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 20 }), (codes) => {
        const word = String.fromCodePoint(...codes);
        const initials = initialsOf(word);
        expect([...initials]).toHaveLength(codes.length);
        expect(isInitialsQuery(initials)).toBe(true);
        expect(matchesInitials(word, initials.slice(0, Math.ceil(initials.length / 2)))).toBe(true);
      }),
    );
  });
});

describe('order name', () => {
  it('names the first line and counts the rest', () => {
    expect(orderNameOf(['아메리카노'])).toBe('아메리카노');
    expect(orderNameOf(['아메리카노', '카페라떼', '베이글'])).toBe('아메리카노 외 2건');
  });

  it('stays within 40 characters and never cuts a character in half', () => {
    const grapheme = fc.constantFrom('가', '똠', 'a', '👍🏽', '👨‍👩‍👧', 'é', '1', ' ');
    fc.assert(
      fc.property(fc.array(fc.array(grapheme, { minLength: 1, maxLength: 40 }).map((g) => g.join('')), { minLength: 1, maxLength: 600 }), (names) => {
        const name = orderNameOf(names);
        expect(name.length).toBeLessThanOrEqual(ORDER_NAME_MAX_LENGTH);
        // No lone surrogate: an emoji is never cut between its two UTF-16 halves.
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)).toBe(false);
        const head = name.replace(/ 외 \d+건$/, '').replace(/…$/, '');
        const first = (names[0] ?? '').trim();
        expect(first.startsWith(head)).toBe(true);
        const segmenter = new Intl.Segmenter('ko', { granularity: 'grapheme' });
        const firstSegments = [...segmenter.segment(first)].map((s) => s.segment);
        let joined = '';
        const boundaries = new Set([0, ...firstSegments.map((s) => (joined += s).length)]);
        expect(boundaries.has(head.length)).toBe(true);
      }),
    );
  });
});
