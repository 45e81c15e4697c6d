import type { Reason } from '../../../contract/reasons';
import type { Lang } from '../../../contract/schemas';
import { authReasonMessages } from '../auth/messages';
import { chargeReasonMessages } from '../charge/messages';
import { cashReasonMessages } from '../cash/messages';
import { cashReceiptReasonMessages } from '../cash-receipts/messages';
import { catalogReasonMessages } from '../catalog/messages';
import { closeReasonMessages } from '../close/messages';
import { customersReasonMessages } from '../customers/messages';
import { historyReasonMessages, refundsReasonMessages } from '../history/messages';
import type { Messages } from '../i18n';
import { printerReasonMessages } from '../printer/messages';
import { printReasonMessages, receiptsReasonMessages } from '../receipts/messages';
import { salesReasonMessages } from '../sale/messages';
import { scheduleReasonMessages } from '../schedules/messages';
import { settingsReasonMessages } from '../settings/messages';
import { windowPaymentsReasonMessages } from '../window-pay/messages';
import { kernelReasonMessages } from './messages';

/**
 * Every feature's reason sentences in one table. A new feature adds its `<feature>ReasonMessages`
 * here; the type then fails until every reason the contract declares has its ko and en sentence.
 */
const dictionaries = [
  kernelReasonMessages,
  authReasonMessages,
  chargeReasonMessages,
  cashReasonMessages,
  cashReceiptReasonMessages,
  catalogReasonMessages,
  closeReasonMessages,
  customersReasonMessages,
  historyReasonMessages,
  refundsReasonMessages,
  printReasonMessages,
  printerReasonMessages,
  receiptsReasonMessages,
  salesReasonMessages,
  scheduleReasonMessages,
  settingsReasonMessages,
  windowPaymentsReasonMessages,
] as const;

const merged = (lang: Lang): Record<string, string> => Object.assign({}, ...dictionaries.map((d) => d[lang])) as Record<string, string>;

export const reasonMessages: Messages<Reason> = { ko: merged('ko'), en: merged('en') } as Messages<Reason>;
