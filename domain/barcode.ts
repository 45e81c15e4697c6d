/**
 * Barcodes on a Korean shelf: EAN-13 (880… for Korea), EAN-8 and UPC-A carry a GS1 check digit;
 * anything else is a free in-store code (letters, digits, `-`), which has none to check.
 */

export type BarcodeKind = 'ean13' | 'ean8' | 'upca' | 'store';

/** Free in-store codes: what a label printer or a shop's own list produces. */
const STORE_CODE = /^[A-Za-z0-9-]{1,32}$/;

const GS1_LENGTHS: Readonly<Record<number, BarcodeKind>> = { 8: 'ean8', 12: 'upca', 13: 'ean13' };

/** GS1 check digit of the digits before it: weights 3,1,3,… from the right. */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function barcodeKind(code: string): BarcodeKind {
  return /^\d+$/.test(code) ? (GS1_LENGTHS[code.length] ?? 'store') : 'store';
}

export type BarcodeProblem = 'format' | 'check_digit';

/** Why a code cannot be a barcode, or null when it can. All-digit codes of 8, 12 or 13 must check. */
export function barcodeProblem(code: string): BarcodeProblem | null {
  if (!STORE_CODE.test(code)) return 'format';
  if (barcodeKind(code) === 'store') return null;
  return gs1CheckDigit(code.slice(0, -1)) === code.charCodeAt(code.length - 1) - 48 ? null : 'check_digit';
}
