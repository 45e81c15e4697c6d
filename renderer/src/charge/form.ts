import type { KeyedChargeInput } from '../../../contract/channels';
import { digitsOnly, formatCardInput, luhnValid, toPortOneCardNumber } from '../../../domain/card-number';
import { formatExpiryInput, parseExpiry } from '../../../domain/expiry';
import { validBirth, type OwnerType } from '../../../domain/birth';
import { BUYER_LIMITS } from '../../../domain/buyer-fields';
import { installmentsAllowed } from '../../../domain/money';
import { ORDER_NAME_MAX_LENGTH } from '../../../domain/order-name';
import { formatPhoneInput, isPhone } from '../../../domain/contact';
import type { MessageKey } from '../i18n/ko';

/**
 * The keyed-charge form as the cashier types it, and the pure check that turns it into a request.
 * Field names are the contract's, so an `invalid_input` error from main (its `field`) lands next
 * to the same input as a local check would.
 */
export interface ChargeForm {
  amount: string;
  taxFree: string;
  orderName: string;
  buyerName: string;
  buyerTel: string;
  cardNumber: string;
  expiry: string;
  ownerType: OwnerType;
  birth: string;
  pwd2digit: string;
  cardQuota: number;
}

export type FieldName = Exclude<keyof ChargeForm, 'ownerType'>;
export type FieldErrors = Partial<Record<FieldName, MessageKey>>;
export type ChargeRequest = Omit<KeyedChargeInput, 'attemptId'>;

export const MAX_AMOUNT = 1_000_000_000;

/** `orderName`: what a new sale starts with (the quick charge's "전화 주문"). */
export const emptyForm = (orderName = ''): ChargeForm => ({
  amount: '',
  taxFree: '',
  orderName,
  buyerName: '',
  buyerTel: '',
  cardNumber: '',
  expiry: '',
  ownerType: 'personal',
  birth: '',
  pwd2digit: '',
  cardQuota: 0,
});

/** Card fields: wiped after every attempt that reached main (all of them after approval). */
export const CARD_FIELDS = ['cardNumber', 'expiry', 'birth', 'pwd2digit'] as const;

/** Whole won from what was typed; NaN-free (empty → 0). */
export const wonOf = (typed: string): number => {
  const digits = digitsOnly(typed);
  return digits === '' ? 0 : Number(digits);
};

/** Ten digits hold every amount PortOne takes (≤ ₩1,000,000,000); more would only overflow. */
const MAX_WON_DIGITS = 10;

/** `12345` → `12,345` while typing; the input keeps digits only in meaning. */
export const formatWonInput = (typed: string): string =>
  digitsOnly(typed)
    .replace(/^0+(?=\d)/, '')
    .slice(0, MAX_WON_DIGITS)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function validate(form: ChargeForm, now: Date): { errors: FieldErrors; request: ChargeRequest | null } {
  const errors: FieldErrors = {};
  const amount = wonOf(form.amount);
  const taxFree = wonOf(form.taxFree);

  if (amount < 1) errors.amount = 'err.amount.required';
  else if (amount > MAX_AMOUNT) errors.amount = 'err.amount.max';
  if (taxFree > amount) errors.taxFree = 'err.taxFree.exceeds';

  const orderName = form.orderName.trim();
  if (orderName === '') errors.orderName = 'err.orderName.required';
  else if (orderName.length > ORDER_NAME_MAX_LENGTH) errors.orderName = 'err.orderName.long';
  if (form.buyerName.trim().length > BUYER_LIMITS.name) errors.buyerName = 'err.buyerName.long';
  const tel = form.buyerTel.trim();
  if (tel !== '' && !isPhone(tel)) errors.buyerTel = 'err.buyerTel.format';

  const checked = validateCardForm(form, now);
  Object.assign(errors, checked.errors);

  if (Object.keys(errors).length > 0 || !checked.card) return { errors, request: null };
  return {
    errors,
    request: {
      amount,
      taxFree,
      orderName,
      buyerName: form.buyerName.trim(),
      buyerTel: tel,
      ...checked.card,
      // The select only offers installments from ₩50,000; an amount edited below it falls back to lump sum.
      cardQuota: installmentsAllowed(amount) ? form.cardQuota : 0,
    },
  };
}

export type CardForm = Pick<ChargeForm, CardFieldName | 'ownerType'>;
export type CardFieldName = (typeof CARD_FIELDS)[number];

/** The card part of a form (keyed charge, card registration): its errors, or the fields as main takes them. */
export function validateCardForm(
  form: CardForm,
  now: Date,
): { errors: Partial<Record<CardFieldName, MessageKey>>; card: Pick<ChargeRequest, CardFieldName | 'ownerType'> | null } {
  const errors: Partial<Record<CardFieldName, MessageKey>> = {};
  const cardDigits = digitsOnly(form.cardNumber);
  if (cardDigits.length < 14 || cardDigits.length > 16) errors.cardNumber = 'err.cardNumber.length';
  else if (!luhnValid(cardDigits)) errors.cardNumber = 'err.cardNumber.luhn';

  const expiry = parseExpiry(form.expiry, now);
  if (!expiry.ok) errors.expiry = `err.expiry.${expiry.reason}`;

  const birth = digitsOnly(form.birth);
  if (!validBirth(birth, form.ownerType)) errors.birth = `err.birth.${form.ownerType}`;

  if (!/^\d{2}$/.test(form.pwd2digit)) errors.pwd2digit = 'err.pwd2.format';

  if (Object.keys(errors).length > 0 || !expiry.ok) return { errors, card: null };
  return {
    errors,
    card: { cardNumber: toPortOneCardNumber(cardDigits), expiry: expiry.yyyyMm, ownerType: form.ownerType, birth, pwd2digit: form.pwd2digit },
  };
}

/** Main's `field` names are the contract's; anything unknown is shown at form level instead. */
export const isFieldName = (name: string | undefined): name is FieldName =>
  name !== undefined && name in emptyForm() && name !== 'ownerType';

/** What an input keeps of what was typed (or pressed on the keypad): digits and the field's own shape. */
export function normalize(field: FieldName, typed: string, ownerType: OwnerType): string {
  switch (field) {
    case 'amount':
    case 'taxFree':
      return formatWonInput(typed);
    case 'cardNumber':
      return formatCardInput(typed);
    case 'expiry':
      return formatExpiryInput(typed);
    case 'birth':
      return digitsOnly(typed).slice(0, ownerType === 'personal' ? 6 : 10);
    case 'pwd2digit':
      return digitsOnly(typed).slice(0, 2);
    case 'buyerTel':
      return formatPhoneInput(typed);
    case 'buyerName':
      // A name has no digits: an amount typed into the wrong field must not become one.
      return typed.replace(/\d/g, '');
    default:
      return typed;
  }
}

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | '000' | 'clear' | 'back';

/** Fields the keypad can type into (all digit fields). */
export const KEYPAD_FIELDS = ['amount', 'taxFree', 'buyerTel', 'cardNumber', 'expiry', 'birth', 'pwd2digit'] as const;
export type KeypadField = (typeof KEYPAD_FIELDS)[number];
export const isKeypadField = (name: string): name is KeypadField => (KEYPAD_FIELDS as readonly string[]).includes(name);

/** The keypad edits the end of the field, like a calculator; separators are re-derived by `normalize`. */
export function applyKey(field: KeypadField, current: string, key: KeypadKey, ownerType: OwnerType): string {
  if (key === 'clear') return '';
  if (key === 'back') return normalize(field, digitsOnly(current).slice(0, -1), ownerType);
  return normalize(field, current + key, ownerType);
}
