import type { ChargeResult, KeyedChargeInput, SaveCardInput } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { maskCardNumber, toPortOneCardNumber } from '../../domain/card-number';
import type { Actor } from '../auth/access';
import type { Backend } from './backend';
import { ChargeRunner, type ChargeRunnerDeps } from './charge-runner';
import { validateKeyed } from './validate-keyed';

/** Saving the card with the charge (billing key issued by `onetime` + `customer_uid`): main/customers implements it. */
export interface CardSaver {
  /** Who the save is recorded under; a replacement needs a manager, as removing a card does. */
  authorize(saveCard: SaveCardInput): Promise<Actor>;
  /** Checks the block and picks the new `customer_uid`; nothing is written yet. */
  prepare(
    saveCard: SaveCardInput,
    card: { cardNumberMasked: string; mid: string; backend: Backend; actor: Actor },
  ): { customerUid: string; onIntent(merchantUid: string): void; settled(result: ChargeResult): Promise<void> };
}

export interface KeyedChargeDeps extends ChargeRunnerDeps {
  /** Shared with the other charge services so that one charge runs at a time; built here when absent. */
  runner?: ChargeRunner;
  cards?: CardSaver;
}

/** Phone-order (keyed) charges, optionally saving the card as a billing key. */
export class KeyedChargeService {
  private readonly runner: ChargeRunner;

  constructor(private readonly deps: KeyedChargeDeps) {
    this.runner = deps.runner ?? new ChargeRunner(deps);
  }

  whenIdle(): Promise<void> {
    return this.runner.whenIdle();
  }

  /**
   * From `runner.charge` on, everything up to its first `await` runs synchronously, so two calls
   * cannot both pass the checks. Only a sale that saves a card waits before it, for the approval.
   */
  async chargeKeyed(input: KeyedChargeInput): Promise<ChargeResult> {
    validateKeyed(input, new Date(this.deps.now()));
    // A repeat answers with its charge before the card-saving checks: the card it replaced may be gone by now.
    const repeat = this.runner.repeatOf(input);
    if (repeat) return repeat;
    const saver = input.saveCard && this.deps.cards ? await this.deps.cards.authorize(input.saveCard) : null;
    const cardNumberMasked = maskCardNumber(input.cardNumber);
    // Filled by the `ready` step below, only when this call starts a new charge.
    const save: { saving?: ReturnType<CardSaver['prepare']> } = {};
    const result = this.runner.charge(
      {
        attemptId: input.attemptId,
        ...(input.saleId === undefined ? {} : { saleId: input.saleId }),
        kind: 'keyed',
        amount: input.amount,
        taxFree: input.taxFree,
        orderName: input.orderName,
        buyerName: input.buyerName,
        cardQuota: input.cardQuota,
        cardNumberMasked,
        // Rows written with the intent only when saving the card (a plain charge can reuse a merchant_uid).
        ...(input.saveCard ? { onIntent: (merchantUid: string) => save.saving?.onIntent(merchantUid) } : {}),
        send: (backend, merchantUid) =>
          backend.client.chargeOnetime({
            merchant_uid: merchantUid,
            amount: input.amount,
            tax_free: input.taxFree,
            card_number: toPortOneCardNumber(input.cardNumber),
            expiry: input.expiry,
            birth: input.birth,
            pwd_2digit: input.pwd2digit,
            pg: `settle.${backend.keyedMid ?? ''}`,
            name: input.orderName,
            buyer_name: input.buyerName,
            buyer_tel: input.buyerTel,
            card_quota: input.cardQuota,
            ...(save.saving ? { customer_uid: save.saving.customerUid } : {}),
          }),
      },
      (backend) => {
        if (!backend.keyedMid) {
          throw new AppError('unavailable', 'The keyed-payment MID is not set. Enter it in settings.', { reason: 'settings.keyed_mid_missing', field: 'keyedMid' });
        }
        if (!input.saveCard) return;
        if (!this.deps.cards || !saver) throw new AppError('unavailable', 'Saving cards is not available here.', { reason: 'charge.saving_cards_unavailable' });
        save.saving = this.deps.cards.prepare(input.saveCard, { cardNumberMasked, mid: backend.keyedMid, backend, actor: saver });
      },
    );
    // A repeat of the attempt does not record the save twice.
    const started = save.saving;
    if (!started) return result;
    const settled = await result;
    await started.settled(settled);
    return settled;
  }
}
