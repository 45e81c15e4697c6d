import { cardNumberComplete } from '../../../domain/card-number';
import { expiryComplete } from '../../../domain/expiry';

/**
 * Where the caret goes on by itself once a card field is whole (nothing more fits): a complete
 * number to the expiry, a complete expiry to the 2 password digits; null otherwise (or when the
 * value did not change, so a re-render or a paste of the same number does not jump).
 */
export function nextCardField(name: string, before: string, after: string): 'expiry' | 'pwd2digit' | null {
  if (after === before) return null;
  if (name === 'cardNumber' && cardNumberComplete(after)) return 'expiry';
  if (name === 'expiry' && expiryComplete(after)) return 'pwd2digit';
  return null;
}
