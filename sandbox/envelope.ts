import type { z } from 'zod';
import { CODES } from './constants';

/** The V1 envelope every answer carries, errors included. */
export interface Envelope {
  code: number;
  message: string | null;
  response: unknown;
}

/** What pure sandbox logic returns; the HTTP layer only copies it onto the reply. */
export interface Answer {
  status: number;
  body: Envelope;
}

export function ok(response: unknown, status = 200): Answer {
  return { status, body: { code: 0, message: null, response } };
}

/** A business failure: HTTP 200, code != 0, response null (portone-v1.md §2.3). */
export function refused(code: number, message: string): Answer {
  return { status: 200, body: { code, message, response: null } };
}

export function httpError(status: number, message: string): Answer {
  return { status, body: { code: CODES.httpError, message, response: null } };
}

/**
 * 400 with the first validation problem as one Korean sentence naming the field (never the
 * schema path: issue 18 #4). Every schema message and `koreanIssue` already names the field.
 */
export function badRequest(error: z.ZodError): Answer {
  return httpError(400, error.issues[0]?.message ?? '요청 파라미터가 올바르지 않습니다.');
}
