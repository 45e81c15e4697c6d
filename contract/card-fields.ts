import { z } from 'zod';
import { BuyerName, FreeText, PhoneOrEmpty } from './schemas';

/**
 * Fields shared by the keyed charge and the card registered without a charge, in one place so the
 * two requests cannot drift apart. Card fields live for one request only.
 */
export const CardFields = z.strictObject({
  cardNumber: z.string().regex(/^\d{4}-?\d{4}-?\d{4}-?\d{2,4}$/, 'card number: 14–16 digits'),
  /** `YYYY-MM`, as PortOne takes it. */
  expiry: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'expiry: YYYY-MM'),
  ownerType: z.enum(['personal', 'corporate']),
  /** YYMMDD (personal) or 10-digit business number (corporate). */
  birth: z.string().regex(/^(\d{6}|\d{10})$/, 'birth: 6 digits (YYMMDD) or 10-digit business number'),
  pwd2digit: z.string().regex(/^\d{2}$/, 'password: first 2 digits'),
});

/** The customer a card is kept for, with their consent (recorded with who and when). */
export const CardCustomerFields = z.strictObject({
  /** The customer agreed, on the phone, to keep the card for later charges. */
  consent: z.literal(true, { message: 'consent: the customer must agree before the card is saved' }),
  name: BuyerName.min(1, 'customer name is required to save the card'),
  phone: PhoneOrEmpty,
  memo: FreeText(z.string().trim().max(200), 'memo'),
});
