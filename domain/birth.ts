/**
 * The `birth` field: YYMMDD for a personal card, the 10-digit business registration number for a
 * corporate card. Never a resident registration number.
 */

export type OwnerType = 'personal' | 'corporate';

export function validBirthDate(yymmdd: string): boolean {
  if (!/^\d{6}$/.test(yymmdd)) return false;
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  // Leap years: YY could be 19xx or 20xx; 29 Feb is allowed when either century makes it valid.
  const yy = Number(yymmdd.slice(0, 2));
  const daysIn = (year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= Math.max(daysIn(1900 + yy), daysIn(2000 + yy));
}

/** Korean business registration number check digit (국세청 검증 알고리즘). */
export function validBusinessNumber(value: string): boolean {
  const d = value.replace(/-/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (weights[i] as number);
  sum += Math.floor((Number(d[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10 === Number(d[9]);
}

export function validBirth(value: string, owner: OwnerType): boolean {
  return owner === 'personal' ? validBirthDate(value) : validBusinessNumber(value);
}
