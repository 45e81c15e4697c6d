import { cutText } from './text-cut';

/**
 * How long the buyer fields of a payment may be at PortOne (OAS maxLength of `buyer_name`,
 * `buyer_tel`, `buyer_email`; `customer_name` of a billing key is 20, so a card customer's name,
 * sent as both, keeps to the buyer's 16). Counted like `String.length`.
 */
export const BUYER_LIMITS = {
  name: 16,
  tel: 16,
  email: 64,
} as const;

/** A customer name kept before the limit applied, cut to fit `buyer_name` on a character boundary. */
export const cutBuyerName = (name: string): string => cutText(name, BUYER_LIMITS.name);
