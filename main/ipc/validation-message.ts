import type { z } from 'zod';
import type { ValidationRule } from '../../contract/reasons';

/**
 * Per-parse zod error map for issues the contract gave no message of its own (zod uses a
 * schema's own message first). Written from the issue's shape only, never from `input`: a
 * rejected value may be a card number and must not travel back in an error or into a log.
 * The leading `~` marks a generated message; the router puts the field path in its place.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '~is required' : `~must be ${article(issue.expected)}`;
    case 'too_small':
      return `~${bound(issue.origin, issue.inclusive !== false, 'at least', 'more than')} ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `~${bound(issue.origin, issue.inclusive !== false, 'at most', 'less than')} ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_format':
      return '~has the wrong format';
    case 'not_multiple_of':
      return '~must be a whole multiple';
    case 'unrecognized_keys':
      return `~has fields the POS does not accept${safeKeys(issue.keys)}; remove them`;
    case 'invalid_value':
      return `~must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return '~is not in an accepted form';
    default:
      return '~is not valid';
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function bound(origin: string, inclusive: boolean, inclusiveWord: string, exclusiveWord: string): string {
  return `${origin === 'string' || origin === 'array' || origin === 'set' ? 'must have' : 'must be'} ${inclusive ? inclusiveWord : exclusiveWord}`;
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

/** Unknown key names are echoed only when they look like identifiers (a key could be a card number too). */
function safeKeys(keys: readonly string[]): string {
  const shown = keys.filter((k) => /^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(k) && !/\d{4}/.test(k)).slice(0, 5);
  return shown.length === 0 ? '' : ` (${shown.join(', ')})`;
}

/**
 * What the field failed, as a rule key the renderer words in the cashier's language, plus the
 * limit when there is one. From the issue's shape only, like describeIssue; the payload is read
 * just to tell a missing field from one of the wrong type.
 */
export function ruleOf(issue: z.core.$ZodIssue, payload: unknown): { rule: ValidationRule; limit?: number } {
  switch (issue.code) {
    case 'invalid_type':
      return { rule: valueAt(payload, issue.path) === undefined ? 'required' : 'type' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { rule: 'required' };
      return { rule: issue.origin === 'string' ? 'min_length' : 'min', limit: Number(issue.minimum) };
    case 'too_big':
      return { rule: issue.origin === 'string' ? 'max_length' : 'max', limit: Number(issue.maximum) };
    case 'invalid_format':
      return { rule: 'format' };
    case 'unrecognized_keys':
      return { rule: 'unknown_keys' };
    case 'invalid_value':
      return { rule: 'choice' };
    default:
      return { rule: 'invalid' };
  }
}

function valueAt(payload: unknown, path: readonly PropertyKey[]): unknown {
  let value = payload;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || typeof segment === 'symbol') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
