/**
 * Where the PG payment window may go. PortOne's SDK pages and Hecto's (settle) authentication
 * pages, test and live; exact hosts, https only. These come from PortOne's and Hecto's public
 * documentation and must be checked against real PortOne test mode (docs/payment-window.md):
 * a host missing here shows up in the log as "window.open denied" / "navigation denied".
 */
export const PG_HOSTS: readonly string[] = [
  'cdn.iamport.kr',
  'service.iamport.kr',
  'checkout-service.iamport.kr',
  // Hecto Financial (settle): live and test payment gateways.
  'npg.settlebank.co.kr',
  'tbnpg.settlebank.co.kr',
];

export const PG_ORIGINS: readonly string[] = PG_HOSTS.map((host) => `https://${host}`);

/**
 * The origin the payment page runs under in Electron (it is loaded from a data: URL with this
 * base). The PG sees it as the merchant site; which origins PortOne accepts is one of the checks
 * in docs/payment-window.md.
 */
export const PAYMENT_PAGE_ORIGIN = 'https://pos-payment.invalid';
