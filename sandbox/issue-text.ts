import type { z } from 'zod';

/**
 * Korean sentences for zod's own issues (issue 18 #4): an answer's `message` is something a
 * developer or cashier can read, as PortOne's are, never a schema path or zod's English text.
 * Schemas that carry their own message keep it; this covers everything else.
 */

/** The field a problem is about: the last named step of its path (`q.limit` → `limit`). */
export function fieldOf(path: readonly PropertyKey[] | undefined): string {
  const named = (path ?? []).filter((p): p is string => typeof p === 'string');
  return named[named.length - 1] ?? '요청';
}

const TYPE_NAMES: Record<string, string> = {
  string: '문자열',
  number: '숫자',
  int: '정수',
  boolean: 'true 또는 false',
  object: '객체',
  array: '배열',
};

export function koreanIssue(iss: z.core.$ZodRawIssue): string {
  const field = fieldOf(iss.path);
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined
        ? `${field} 는 필수입니다.`
        : `${field} 는 ${TYPE_NAMES[iss.expected] ?? iss.expected} 이어야 합니다.`;
    case 'too_big':
      return iss.origin === 'string'
        ? `${field} 는 최대 ${String(iss.maximum)}자까지 입력할 수 있습니다.`
        : `${field} 는 ${String(iss.maximum)} 이하여야 합니다.`;
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? `${field} 는 필수입니다.` : `${field} 는 ${String(iss.minimum)}자 이상이어야 합니다.`;
      return `${field} 는 ${String(iss.minimum)} ${iss.inclusive === false ? '보다 커야' : '이상이어야'} 합니다.`;
    case 'invalid_value':
      return `${field} 는 ${iss.values.map(String).join(', ')} 중 하나여야 합니다.`;
    case 'unrecognized_keys':
      return `지원하지 않는 파라미터입니다: ${iss.keys.join(', ')}`;
    case 'not_multiple_of':
      return `${field} 는 ${String(iss.divisor)} 의 배수여야 합니다.`;
    default:
      return `${field} 의 형식이 올바르지 않습니다.`;
  }
}
