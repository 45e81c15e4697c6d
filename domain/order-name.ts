import { cutText } from './text-cut';

/**
 * The order name PortOne keeps for a payment (`name`): at most 40 characters (OAS maxLength;
 * the sandbox refuses longer names rather than cutting them). Counted in UTF-16 units, as
 * `String.length` and zod's `.max` count: an emoji counts 2, so a name within this limit is within
 * it whichever way PortOne counts.
 */
export const ORDER_NAME_MAX_LENGTH = 40;

/** An order name derived from something longer (e.g. a cart's lines), cut on a character boundary. */
export const cutOrderName = (name: string): string => cutText(name, ORDER_NAME_MAX_LENGTH);
