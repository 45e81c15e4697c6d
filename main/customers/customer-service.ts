import type { ChargeResult, SaveCardInput } from '../../contract/channels';
import type { AgainChargeInput, AgainChargeResult, CustomerDetail, CustomerView } from '../../contract/customers';
import { AppError } from '../../contract/result';
import { cutBuyerName } from '../../domain/buyer-fields';
import type { ManagerApproval, PaymentView } from '../../contract/schemas';
import { isCharged, isOpenStatus } from '../../domain/payment-status';
import type { AccessControl, Actor } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Ledger } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import { resultOf, type ChargeRunner } from '../payments/charge-runner';
import type { CardSaver } from '../payments/keyed-charge';
import { validateAmounts } from '../payments/validate-keyed';
import type { CustomerStore, StoredCustomer } from './customer-store';
import { newCustomerUid } from './customer-uid';

export interface CustomerServiceDeps {
  store: CustomerStore;
  ledger: Ledger;
  /** The same runner as keyed charges: one charge at a time, one request per attempt. */
  runner: ChargeRunner;
  backend: () => Backend | null;
  access: AccessControl;
  audit: AuditLog;
  logger: Logger;
  now: () => number;
  newCustomerUid?: () => string;
  /** Runs before a key is deleted at PortOne (removed or replaced): revokes its schedules; throws to keep the card. Answers how many. */
  beforeKeyDeleted?: (customerUid: string) => Promise<number>;
}

const digitsOf = (phone: string) => phone.replace(/\D/g, '');
const sameCustomer = (a: { name: string; phone: string }, b: { name: string; phone: string }) =>
  a.name.trim() === b.name.trim() && digitsOf(a.phone) === digitsOf(b.phone);

const NO_KEY_REASON = 'This card is no longer on file at PortOne (its billing key was deleted). Nothing was charged.';

/**
 * Cards on file: saving one with a keyed charge (a fresh `customer_uid` per customer-card),
 * finding customers, charging the key again, removing it (PortOne first, then here) and checking
 * the keys against PortOne.
 */
export class CustomerService implements CardSaver {
  /** The replacement pass running now: a second caller waits for it instead of deleting twice. */
  private resuming: Promise<void> | null = null;

  constructor(private readonly deps: CustomerServiceDeps) {}

  /**
   * Replacing a card deletes the old one, so it needs what removing one needs (a manager), and
   * the old card must be this customer's (same name and phone): a replacement cannot reach
   * into another customer's card.
   */
  async authorize(saveCard: SaveCardInput): Promise<Actor> {
    if (saveCard.replaces === undefined) return this.deps.access.caller();
    const old = this.deps.store.get(saveCard.replaces);
    if (!old) throw new AppError('invalid_input', 'The card to replace is no longer on file.', { reason: 'customers.replaced_card_gone', field: 'saveCard.replaces' });
    if (!sameCustomer(old.view, saveCard)) {
      throw new AppError('invalid_input', 'The card to replace belongs to another customer (name and phone must match).', {
        field: 'saveCard.replaces',
        reason: 'customers.replaces_other_customer',
      });
    }
    return this.deps.access.authorize('manager', saveCard.approval);
  }

  prepare(saveCard: SaveCardInput, card: { cardNumberMasked: string; mid: string; backend: Backend; actor: Actor }): ReturnType<CardSaver['prepare']> {
    const { store, access, audit, now } = this.deps;
    if (saveCard.replaces !== undefined && !store.get(saveCard.replaces)) {
      throw new AppError('invalid_input', 'The card to replace is no longer on file.', { reason: 'customers.replaced_card_gone', field: 'saveCard.replaces' });
    }
    const customerUid = (this.deps.newCustomerUid ?? newCustomerUid)();
    const { actor } = card;
    const consentBy = access.caller().name;
    const consentAt = now();
    return {
      customerUid,
      onIntent: (merchantUid) => {
        store.insert({
          customerUid,
          name: saveCard.name,
          phone: saveCard.phone,
          memo: saveCard.memo,
          cardNumberMasked: card.cardNumberMasked,
          pgId: card.mid,
          apiEnv: card.backend.apiEnv,
          issuingMerchantUid: merchantUid,
          consentAt,
          consentBy,
        });
        if (saveCard.replaces !== undefined) store.insertReplacement(customerUid, saveCard.replaces, consentAt);
      },
      settled: async (result: ChargeResult) => {
        // A declined first charge issues no key: nothing was saved.
        if (result.outcome === 'failed' || result.outcome === 'rejected') return;
        audit.record(actor, 'card_saved', customerUid, {
          merchantUid: result.merchantUid,
          pgId: card.mid,
          consentAt,
          pending: result.outcome === 'unknown',
          replaces: saveCard.replaces ?? null,
        });
        if (saveCard.replaces !== undefined) await this.resumeReplacements();
      },
    };
  }

  search(query: string, limit: number): CustomerView[] {
    return this.deps.store.search(query, limit);
  }

  detail(customerUid: string): CustomerDetail {
    const customer = this.stored(customerUid);
    const payments = this.deps.store
      .paymentUids(customerUid)
      .map((uid) => this.deps.ledger.get(uid)?.payment)
      .filter((p): p is PaymentView => p !== undefined);
    return { customer: customer.view, payments };
  }

  async chargeAgain(input: AgainChargeInput): Promise<AgainChargeResult> {
    validateAmounts(input);
    const { store } = this.deps;
    const repeat = this.deps.runner.repeatOf(input);
    if (repeat) return { charge: await repeat, customer: store.get(input.customerUid)?.view ?? null };
    const customer = this.stored(input.customerUid);
    const charge = await this.deps.runner.charge(
      {
        attemptId: input.attemptId,
        kind: 'billing',
        amount: input.amount,
        taxFree: input.taxFree,
        orderName: input.orderName,
        buyerName: customer.view.name,
        cardQuota: input.cardQuota,
        cardNumberMasked: customer.view.cardNumberMasked,
        onIntent: (merchantUid) => store.link(merchantUid, input.customerUid, 'payment'),
        // No `pg`: PortOne charges through the MID that issued the key (customer.view.pgId).
        send: (backend, merchantUid) =>
          backend.client.chargeAgain({
            customer_uid: input.customerUid,
            merchant_uid: merchantUid,
            amount: input.amount,
            tax_free: input.taxFree,
            name: input.orderName,
            // A name saved before the 16-character limit would be refused by PortOne.
            buyer_name: cutBuyerName(customer.view.name),
            buyer_tel: customer.view.phone,
            card_quota: input.cardQuota,
          }),
      },
      (backend) => assertChargeable(customer, backend),
    );
    const checked = charge.outcome === 'rejected' ? await this.explainRejection(charge, input.customerUid) : charge;
    // The card may have been removed meanwhile: the charge's own result is what the cashier must see.
    return { charge: checked, customer: store.get(input.customerUid)?.view ?? null };
  }

  /** PortOne first; only once it has deleted the key (or never had it) is the customer forgotten here. */
  async removeCard(customerUid: string, approval: ManagerApproval | undefined): Promise<{ customerUid: string; revokedSchedules?: number }> {
    const actor = await this.deps.access.authorize('manager', approval);
    const customer = this.stored(customerUid);
    if (customer.view.keyState === 'pending') {
      throw new AppError('conflict', 'The first charge of this card is still being checked. Remove the card once it is known.', { reason: 'customers.first_charge_checking_remove' });
    }
    const backend = this.backendFor(customer);
    const revokedSchedules = (await this.deps.beforeKeyDeleted?.(customerUid)) ?? 0;
    const answer = await backend.client.deleteCustomer(customerUid, 'removed at the till');
    switch (answer.kind) {
      case 'ok':
      case 'not_found':
        break;
      case 'unauthorized':
        throw new AppError('portone_rejected', 'PortOne did not accept the API key or secret. The card is still on file.', { reason: 'customers.delete_credentials_rejected' });
      case 'api_error':
        throw new AppError('portone_rejected', `PortOne refused to delete the card: ${answer.message ?? `code ${answer.code ?? '?'}`}. The card is still on file.`, { reason: 'customers.delete_refused', params: { detail: answer.message ?? `code ${answer.code ?? '?'}` } });
      case 'unreachable':
        throw new AppError('unavailable', 'PortOne could not be reached. The card is still on file; try again.', { reason: 'customers.delete_unreachable' });
    }
    this.deps.store.markRemoved(customerUid, this.deps.now());
    this.deps.audit.record(actor, 'card_removed', customerUid, {
      pgId: customer.view.pgId,
      card: customer.view.cardNumberMasked,
      alreadyGoneAtPortOne: answer.kind === 'not_found',
      revokedSchedules,
    });
    this.deps.logger.info('card removed', { customerUid });
    return revokedSchedules > 0 ? { customerUid, revokedSchedules } : { customerUid };
  }

  /**
   * Finishes every written-down replacement whose new card's first charge is known: paid → the
   * old key is retired; declined → the old card simply stays. Still open → left for later (the
   * resolver calls this again when it settles a payment, and start-up does).
   */
  async resumeReplacements(): Promise<void> {
    if (this.resuming) return this.resuming;
    this.resuming = this.resumeAll().finally(() => {
      this.resuming = null;
    });
    return this.resuming;
  }

  private async resumeAll(): Promise<void> {
    const { store } = this.deps;
    for (const { newUid, oldUid } of store.pendingReplacements()) {
      const status = store.get(newUid)?.issuingStatus ?? 'failed';
      if (isOpenStatus(status)) continue;
      if (!isCharged(status) || (await this.retire(oldUid, newUid))) store.endReplacement(newUid);
    }
  }

  /**
   * The new card is issued: the old key is deleted at PortOne (reusing a customer_uid would not
   * revoke it) and then forgotten here. Should PortOne not answer or refuse, the replacement stays
   * written down and is tried again later; true once the old key is gone.
   */
  private async retire(oldUid: string, newUid: string): Promise<boolean> {
    const old = this.deps.store.get(oldUid);
    if (!old) return true;
    const backend = this.deps.backend();
    if (!backend || backend.apiEnv !== old.apiEnv) return false;
    try {
      await this.deps.beforeKeyDeleted?.(oldUid);
    } catch {
      this.deps.logger.warn('replaced card: schedules not revoked, old key kept', { customerUid: oldUid });
      return false;
    }
    const answer = await backend.client.deleteCustomer(oldUid, 'replaced by a new card');
    if (answer.kind !== 'ok' && answer.kind !== 'not_found') {
      this.deps.logger.warn('replaced card: old key not deleted at PortOne', { customerUid: oldUid, kind: answer.kind });
      return false;
    }
    this.deps.store.forget(oldUid);
    this.deps.audit.record(this.deps.access.current(), 'card_removed', oldUid, { pgId: old.view.pgId, card: old.view.cardNumberMasked, replacedBy: newUid });
    return true;
  }

  /** One `GET /subscribe/customers/{uid}` per listed customer; a 404 flags the key as missing. */
  async refresh(customerUids: readonly string[]): Promise<CustomerView[]> {
    const views: CustomerView[] = [];
    for (const customerUid of customerUids) {
      const customer = this.deps.store.get(customerUid);
      if (!customer) continue;
      const backend = this.deps.backend();
      // A removed card is known to be gone: asking would only flag it missing.
      const known = customer.view.keyState === 'pending' || customer.view.keyState === 'removed';
      if (!known && backend && backend.apiEnv === customer.apiEnv) {
        await this.check(customerUid, backend);
      }
      views.push(this.stored(customerUid).view);
    }
    return views;
  }

  /** A `code -1` from `again` is either a decline or a key PortOne does not know: asking tells them apart. */
  private async explainRejection(charge: ChargeResult, customerUid: string): Promise<ChargeResult> {
    const backend = this.deps.backend();
    if (!backend || (await this.check(customerUid, backend)) !== 'missing') return charge;
    const { ledger, now } = this.deps;
    ledger.mark(charge.merchantUid, { status: 'rejected', failReason: NO_KEY_REASON, reasonCode: 'no_billing_key' }, now(), {
      type: 'lookup',
      note: { code: 'billing_key_missing', params: {} },
    });
    const record = ledger.get(charge.merchantUid);
    return record ? resultOf(record, 'no_billing_key') : charge;
  }

  private async check(customerUid: string, backend: Backend): Promise<'present' | 'missing' | 'no_answer'> {
    const answer = await backend.client.getCustomer(customerUid);
    const at = this.deps.now();
    if (answer.kind === 'ok') {
      this.deps.store.markPresent(customerUid, at, answer.value.pg_id);
      return 'present';
    }
    if (answer.kind === 'not_found') {
      this.deps.logger.warn('billing key unknown to PortOne', { customerUid });
      this.deps.store.markMissing(customerUid, at);
      return 'missing';
    }
    return 'no_answer';
  }

  private stored(customerUid: string): StoredCustomer {
    const customer = this.deps.store.get(customerUid);
    if (!customer || customer.issuingStatus === 'failed' || customer.issuingStatus === 'rejected') {
      throw new AppError('not_found', 'No customer with this card on file.', { reason: 'customers.customer_not_found' });
    }
    return customer;
  }

  private backendFor(customer: StoredCustomer): Backend {
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet. Open settings.', { reason: 'settings.portone_not_configured' });
    assertSameAccount(customer, backend);
    return backend;
  }
}

function assertSameAccount(customer: StoredCustomer, backend: Backend): void {
  if (backend.apiEnv !== customer.apiEnv) {
    throw new AppError('unavailable', 'This card was saved with another PortOne account or mode. Switch back to it in settings.', { reason: 'customers.other_account' });
  }
}

function assertChargeable(customer: StoredCustomer, backend: Backend): void {
  assertSameAccount(customer, backend);
  if (customer.view.keyState === 'pending') {
    throw new AppError('conflict', 'The first charge of this card is still being checked. Try again once it is known.', { reason: 'customers.first_charge_checking_charge' });
  }
  if (customer.view.keyState === 'missing') {
    throw new AppError('not_found', `${NO_KEY_REASON} Take the card details again to save it anew.`, { reason: 'customers.no_billing_key' });
  }
  if (customer.view.keyState === 'removed') {
    throw new AppError('conflict', "This customer's card was removed. Save a new card for them first.", { reason: 'customers.card_removed' });
  }
}
