import type { Contract, Method, Request, Response } from '../contract/channels';
import type { PosApi } from '../contract/api';
import type { Result } from '../contract/result';

/** ipcRenderer.invoke, kept inside the preload: the page only ever gets the named functions. */
export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * The channel of each method. Type-only use of the contract: a sandboxed preload can `require`
 * only `electron`, so it must not pull in zod (which contract/channels.ts needs at run time).
 * The mapped type makes a wrong, missing or extra channel a compile error.
 */
export const CHANNELS: { readonly [M in Method]: Contract[M]['channel'] } = {
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  saveCredentials: 'credentials:save',
  clearCredentials: 'credentials:clear',
  testConnection: 'credentials:test',
  chargeKeyed: 'charge:keyed',
  recentPayments: 'payments:recent',
  getPayment: 'payments:get',
  refreshPayment: 'payments:refresh',
  refundQuote: 'refunds:quote',
  refund: 'refunds:refund',
  searchPayments: 'history:search',
  refreshFromPortOne: 'history:refresh',
  receiptPreview: 'receipts:preview',
  printReceipt: 'receipts:print',
  saveReceiptPdf: 'receipts:pdf',
  startWindowPayment: 'window-pay:start',
  windowPaymentState: 'window-pay:state',
  closeWindowPayment: 'window-pay:close',
  authStatus: 'auth:status',
  signIn: 'auth:sign-in',
  signOut: 'auth:sign-out',
  lockTill: 'auth:lock',
  touchSession: 'auth:touch',
  setIdleLock: 'auth:idle-lock',
  listCashiers: 'cashiers:list',
  createCashier: 'cashiers:create',
  updateCashier: 'cashiers:update',
  auditPage: 'audit:page',
  verifyAudit: 'audit:verify',
  exportAudit: 'audit:export',
  dayStatus: 'day:status',
  openDay: 'day:open',
  previewClose: 'day:preview',
  closeDay: 'day:close',
  listDays: 'day:list',
  dayReport: 'day:report',
  reconcileDay: 'day:reconcile',
  printDayReport: 'day:print',
  getPrinterSettings: 'printer:get',
  savePrinterSettings: 'printer:save',
  testPrint: 'printer:test',
  printDaySlip: 'printer:day-slip',
  openDrawer: 'printer:drawer',
  reprintLast: 'printer:reprint-last',
  searchCustomers: 'customers:search',
  getCustomer: 'customers:get',
  chargeAgain: 'customers:charge-again',
  removeCard: 'customers:remove-card',
  refreshCustomers: 'customers:refresh',
  registerCard: 'customers:register-card',
  cardOnFileOptions: 'customers:options',
};

/**
 * One named function per contract method, each bound to its own channel. The `PosApi` type makes
 * a missing or extra method a compile error; the contract test checks the channels at run time.
 */
export function createPosApi(invoke: Invoke): PosApi {
  // Main answers every call with a Result (the router never throws), so the cast states a checked fact.
  const call =
    <M extends Method>(method: M) =>
    (request: Request<M>): Promise<Result<Response<M>>> =>
      invoke(CHANNELS[method], request) as Promise<Result<Response<M>>>;

  return {
    getSettings: call('getSettings'),
    saveSettings: call('saveSettings'),
    saveCredentials: call('saveCredentials'),
    clearCredentials: call('clearCredentials'),
    testConnection: call('testConnection'),
    chargeKeyed: call('chargeKeyed'),
    recentPayments: call('recentPayments'),
    getPayment: call('getPayment'),
    refreshPayment: call('refreshPayment'),
    refundQuote: call('refundQuote'),
    refund: call('refund'),
    searchPayments: call('searchPayments'),
    refreshFromPortOne: call('refreshFromPortOne'),
    receiptPreview: call('receiptPreview'),
    printReceipt: call('printReceipt'),
    saveReceiptPdf: call('saveReceiptPdf'),
    startWindowPayment: call('startWindowPayment'),
    windowPaymentState: call('windowPaymentState'),
    closeWindowPayment: call('closeWindowPayment'),
    authStatus: call('authStatus'),
    signIn: call('signIn'),
    signOut: call('signOut'),
    lockTill: call('lockTill'),
    touchSession: call('touchSession'),
    setIdleLock: call('setIdleLock'),
    listCashiers: call('listCashiers'),
    createCashier: call('createCashier'),
    updateCashier: call('updateCashier'),
    auditPage: call('auditPage'),
    verifyAudit: call('verifyAudit'),
    exportAudit: call('exportAudit'),
    dayStatus: call('dayStatus'),
    openDay: call('openDay'),
    previewClose: call('previewClose'),
    closeDay: call('closeDay'),
    listDays: call('listDays'),
    dayReport: call('dayReport'),
    reconcileDay: call('reconcileDay'),
    printDayReport: call('printDayReport'),
    getPrinterSettings: call('getPrinterSettings'),
    savePrinterSettings: call('savePrinterSettings'),
    testPrint: call('testPrint'),
    printDaySlip: call('printDaySlip'),
    openDrawer: call('openDrawer'),
    reprintLast: call('reprintLast'),
    searchCustomers: call('searchCustomers'),
    getCustomer: call('getCustomer'),
    chargeAgain: call('chargeAgain'),
    removeCard: call('removeCard'),
    refreshCustomers: call('refreshCustomers'),
    registerCard: call('registerCard'),
    cardOnFileOptions: call('cardOnFileOptions'),
  };
}
