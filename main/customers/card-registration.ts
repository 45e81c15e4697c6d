import type { CardOnFileOptions, RegisterCardInput, RegisterCardResult } from '../../contract/customers';
import { AppError } from '../../contract/result';
import { maskCardNumber, toPortOneCardNumber } from '../../domain/card-number';
import type { AccessControl } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import { validateCard } from '../payments/validate-keyed';
import type { RegisterAnswer } from '../portone/outcomes';
import type { RequestGrace } from '../portone/request-grace';
import type { CustomerStore, StoredCustomer } from './customer-store';
import { newCustomerUid } from './customer-uid';

export interface CardRegistrationDeps {
  store: CustomerStore;
  backend: () => Backend | null;
  access: AccessControl;
  audit: AuditLog;
  logger: Logger;
  now: () => number;
  /** The "Hecto billing-key-only contract" setting. */
  contracted: () => boolean;
  /** Whether an unanswered registration can no longer be arriving at PortOne (keyed by customer_uid). */
  grace: RequestGrace;
  newCustomerUid?: () => string;
}

export const NOT_CONTRACTED = 'Hecto needs a separate contract for this; save the card with a first charge instead.';
const PENDING_MESSAGE = 'PortOne did not answer. The card shows once PortOne confirms it: use "refresh from PortOne" in a minute.';

/**
 * A billing key without a charge (`POST /subscribe/customers/{uid}`, portone-v1.md §4.3): only
 * with Hecto's separate contract. The customer is on disk (pending) before the request leaves; a
 * lost answer is settled by `GET /subscribe/customers/{uid}`, never by registering again.
 */
export class CardRegistration {
  constructor(private readonly deps: CardRegistrationDeps) {}

  options(): CardOnFileOptions {
    return { registerWithoutCharge: { available: this.deps.contracted() } };
  }

  async register(input: RegisterCardInput): Promise<RegisterCardResult> {
    const { store, access, audit, now, logger } = this.deps;
    const actor = access.caller();
    if (!this.deps.contracted()) throw new AppError('unavailable', NOT_CONTRACTED, { reason: 'customers.not_contracted' });
    validateCard(input, new Date(now()));
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet. Open settings.', { reason: 'settings.portone_not_configured' });
    if (!backend.keyedMid) throw new AppError('unavailable', 'The keyed-payment MID is not set. Enter it in settings.', { reason: 'settings.keyed_mid_missing', field: 'keyedMid' });

    const customerUid = (this.deps.newCustomerUid ?? newCustomerUid)();
    const consentAt = now();
    store.insertRegistered({
      customerUid,
      name: input.name,
      phone: input.phone,
      memo: input.memo,
      cardNumberMasked: maskCardNumber(input.cardNumber),
      pgId: backend.keyedMid,
      apiEnv: backend.apiEnv,
      sandbox: backend.sandbox,
      consentAt,
      consentBy: actor.name,
    });
    const answer = await backend.client.registerCustomer(customerUid, {
      card_number: toPortOneCardNumber(input.cardNumber),
      expiry: input.expiry,
      birth: input.birth,
      pwd_2digit: input.pwd2digit,
      pg: `settle.${backend.keyedMid}`,
      customer_name: input.name,
      customer_tel: input.phone,
    });
    if (answer.outcome === 'unknown') this.deps.grace.ended(customerUid);
    const settled = answer.outcome === 'unknown' ? await this.lookup(customerUid, backend, false) : this.apply(customerUid, answer);
    if (settled.outcome === 'rejected') return settled;
    // As with a first charge still being checked, a pending key is recorded now, flagged pending.
    if (settled.outcome === 'pending') logger.warn('card registration: no answer from PortOne', { customerUid });
    audit.record(actor, 'card_saved', customerUid, {
      withCharge: false,
      pgId: this.customer(customerUid)?.view.pgId ?? backend.keyedMid,
      consentAt,
      pending: settled.outcome === 'pending',
    });
    return settled;
  }

  /** "Refresh from PortOne" for registrations still pending: found → registered; gone once PortOne surely gave up → failed. */
  async resolvePending(customerUids: readonly string[]): Promise<void> {
    for (const customerUid of customerUids) {
      const customer = this.deps.store.get(customerUid);
      const backend = this.deps.backend();
      if (customer?.registration !== 'pending' || !backend || backend.apiEnv !== customer.apiEnv) continue;
      await this.lookup(customerUid, backend, this.deps.grace.surelyEnded(customerUid));
    }
  }

  private apply(customerUid: string, answer: Exclude<RegisterAnswer, { outcome: 'unknown' }>): RegisterCardResult {
    const at = this.deps.now();
    if (answer.outcome === 'registered') {
      this.deps.store.settleRegistration(customerUid, 'active', at, { pgId: answer.customer.pg_id, cardName: answer.customer.card_name });
      return { outcome: 'registered', message: null, customer: this.customer(customerUid)?.view ?? null };
    }
    this.deps.store.settleRegistration(customerUid, 'failed', at, { pgId: null, cardName: null });
    const reason = answer.outcome === 'rejected' ? answer.reason : 'PortOne could not be reached. Nothing was registered; try again.';
    return { outcome: 'rejected', message: reason, customer: null };
  }

  /** A 404 means "not registered" only once the request can no longer be arriving at PortOne. */
  private async lookup(customerUid: string, backend: Backend, surelyEnded: boolean): Promise<RegisterCardResult> {
    const found = await backend.client.getCustomer(customerUid);
    if (found.kind === 'ok') return this.apply(customerUid, { outcome: 'registered', customer: found.value });
    if (found.kind === 'not_found' && surelyEnded) {
      return this.apply(customerUid, { outcome: 'rejected', reason: 'PortOne never registered this card. Nothing is on file; register it again.' });
    }
    return { outcome: 'pending', message: PENDING_MESSAGE, customer: this.customer(customerUid)?.view ?? null };
  }

  private customer(customerUid: string): StoredCustomer | null {
    return this.deps.store.get(customerUid);
  }
}
