import type { z } from 'zod';
import { contract } from '../../contract/channels';
import type { Method } from '../../contract/channels';
import { AppError } from '../../contract/result';
import type { ErrorInfo, Result } from '../../contract/result';
import type { Logger } from '../logging/logger';
import type { CallContext, Handlers, SenderVerdict } from './handlers';
import { describeIssue, ruleOf } from './validation-message';

export interface RouterOptions {
  /**
   * Check every handler answer against the contract's response schema (development and tests).
   * A mismatch is a bug in main: the caller gets `internal`, the log gets the path.
   */
  validateResponses?: boolean;
}

export interface Router {
  /** Every contract method, in contract order. */
  readonly methods: readonly Method[];
  /** Every contract channel, in contract order. */
  readonly channels: readonly string[];
  /** Browser host: `POST /api/<method>`. */
  callMethod(method: string, payload: unknown, sender: SenderVerdict): Promise<Result<unknown>>;
  /** Electron IPC: `ipcMain.handle(<channel>)`. */
  callChannel(channel: string, payload: unknown, sender: SenderVerdict): Promise<Result<unknown>>;
}

const METHODS = Object.keys(contract) as Method[];
const METHOD_BY_CHANNEL = new Map<string, Method>(METHODS.map((m) => [contract[m].channel, m]));

/**
 * allowlist → sender verdict → zod parse → handler → Result. Pure apart from the injected
 * logger; both hosts use it, so the rules are the same whichever transport carried the call.
 * It never throws and always resolves to plain data that survives structured clone and JSON.
 */
export function createRouter(handlers: Handlers, logger: Logger, options: RouterOptions = {}): Router {
  const validateResponses = options.validateResponses ?? true;

  async function dispatch(method: Method, payload: unknown, sender: SenderVerdict): Promise<Result<unknown>> {
    if (!sender.ok) {
      logger.warn('ipc call refused', { method, reason: sender.reason });
      return fail({ code: 'forbidden', reason: 'ipc.caller_refused', message: 'This caller is not allowed to use the POS.' });
    }
    const entry = contract[method];
    const parsed = parseRequest(entry.request as z.ZodType, payload);
    if (parsed === 'unreadable') {
      logger.info('ipc payload rejected', { method, field: null, code: 'unreadable' });
      return fail({ code: 'invalid_input', reason: 'ipc.invalid_input', message: 'The request is not in a form the POS can read.', params: { rule: 'invalid' } });
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue === undefined ? undefined : fieldOf(issue.path);
      const message = issue === undefined ? 'The request is not valid.' : messageFor(field, issue.message);
      logger.info('ipc payload rejected', { method, field: field ?? null, code: issue?.code ?? null });
      // The renderer words it from field + rule; the English message stays for the log and developers.
      const params = { ...(issue === undefined ? { rule: 'invalid' } : ruleOf(issue, payload)), ...(field === undefined ? {} : { field }) };
      return fail({ code: 'invalid_input', reason: 'ipc.invalid_input', message, params, ...(field === undefined ? {} : { field }) });
    }
    // The handler map is typed per method; the parsed value matches `method` by construction.
    const handler = handlers[method] as (request: unknown, ctx: CallContext) => Promise<unknown>;
    let data: unknown;
    try {
      data = await handler(withoutNegativeZero(parsed.data), sender.ctx);
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'internal') logger.error('handler failed', { method, error });
        return fail(error.toInfo());
      }
      logger.error('handler threw', { method, error });
      return fail({ code: 'internal', reason: 'generic.internal', message: 'Something went wrong in the POS. Please try again.' });
    }
    if (validateResponses) {
      const checked = (entry.response as z.ZodType).safeParse(data);
      if (!checked.success) {
        logger.error('handler answer does not match the contract', {
          method,
          issues: checked.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })),
        });
        return fail({ code: 'internal', reason: 'generic.internal', message: 'Something went wrong in the POS. Please try again.' });
      }
    }
    return { ok: true, data };
  }

  async function safely(method: Method, payload: unknown, sender: SenderVerdict): Promise<Result<unknown>> {
    try {
      return await dispatch(method, payload, sender);
    } catch (error) {
      // Only reachable through a bug (e.g. a logger sink or zod itself throwing): still a clean Result.
      try {
        logger.error('router failed', { method, error });
      } catch {
        // nothing left to do
      }
      return fail({ code: 'internal', reason: 'generic.internal', message: 'Something went wrong in the POS. Please try again.' });
    }
  }

  return {
    methods: METHODS,
    channels: METHODS.map((m) => contract[m].channel),
    callMethod(method, payload, sender) {
      if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return unknownCall(logger, 'method');
      return safely(method as Method, payload, sender);
    },
    callChannel(channel, payload, sender) {
      const method = typeof channel === 'string' ? METHOD_BY_CHANNEL.get(channel) : undefined;
      if (method === undefined) return unknownCall(logger, 'channel');
      return safely(method, payload, sender);
    },
  };
}

/**
 * zod itself throws on some hostile shapes (a `length` that cannot become a number, e.g. an object
 * without a prototype, reaching a `.max()` check). Such a payload is not valid input, not a POS fault.
 */
function parseRequest(schema: z.ZodType, payload: unknown): ReturnType<z.ZodType['safeParse']> | 'unreadable' {
  try {
    return schema.safeParse(payload, { error: describeIssue });
  } catch {
    return 'unreadable';
  }
}

/**
 * -0 passes every number check (it is ≥ 0 and an integer) but does not survive JSON (the browser
 * host's answers): a category saved with order -0 came back as 0 over HTTP and as -0 over IPC.
 * Payloads are plain JSON-shaped data, so the walk is cheap.
 */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  }
  return value;
}

function fail(error: ErrorInfo): Result<never> {
  return { ok: false, error };
}

function unknownCall(logger: Logger, kind: 'method' | 'channel'): Promise<Result<never>> {
  // The name itself is not logged: it came from the caller and could carry anything.
  logger.warn(`ipc call to an unknown ${kind} refused`);
  return Promise.resolve(fail({ code: 'forbidden', reason: 'ipc.unknown_call', message: `Unknown ${kind}.` }));
}

/** `cardNumber`, `items.2.price`; path segments are schema keys or array indexes, never input values. */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((segment) => (typeof segment === 'symbol' ? '?' : String(segment))).join('.');
}

/**
 * Messages the contract wrote (e.g. "card number: 14–16 digits") already name the field and the
 * fix; generated ones (from describeIssue) get the field path in front.
 */
function messageFor(field: string | undefined, issueMessage: string): string {
  if (issueMessage.startsWith('~')) return `${field ?? 'request'}: ${issueMessage.slice(1)}`;
  return issueMessage;
}
