/**
 * `tsx webhost/screenshots.ts`: real-UI screenshots at the till's 1366×768 for the README and
 * docs, taken from the browser host against the embedded-style sandbox. Needs `npm run build`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { PosApi } from '../contract/api';
import type { Lang } from '../contract/schemas';
import { cashMessages } from '../renderer/src/cash/messages';
import { closeMessages } from '../renderer/src/close/messages';
import { saleMessages } from '../renderer/src/sale/messages';
import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox/server';
import { TEST_CARDS } from '../sandbox/test-cards';
import { startWebHost } from './server';

const OUT_DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const LABELS = {
  ko: { amount: '결제 금액', order: '주문명', buyer: '구매자 이름', tel: '구매자 전화번호', card: '카드 번호', expiry: '유효기간 (MM/YY)', birth: '생년월일 (YYMMDD)', pwd: '비밀번호 앞 2자리', quota: '할부', retry: '카드 정보 수정 후 다시 결제', newSale: '새 판매 (F3)' },
  en: { amount: 'Amount', order: 'Order name', buyer: 'Buyer name', tel: 'Buyer phone', card: 'Card number', expiry: 'Expiry (MM/YY)', birth: 'Date of birth (YYMMDD)', pwd: 'First 2 password digits', quota: 'Installments', retry: 'Fix card details and try again', newSale: 'New sale (F3)' },
} as const;

const expiry = () => {
  const d = new Date();
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String((d.getFullYear() + 3) % 100).padStart(2, '0')}`;
};

async function fill(page: Page, lang: Lang, card: string, orderName: string): Promise<void> {
  const l = LABELS[lang];
  const by = (label: string) => page.getByLabel(label, { exact: true });
  await by(l.amount).fill('55000');
  await by(l.order).fill(orderName);
  await by(l.buyer).fill(lang === 'ko' ? '김하나' : 'Hana Kim');
  await by(l.tel).fill('010-2345-6789');
  await by(l.card).fill(card);
  await by(l.expiry).fill(expiry());
  await by(l.birth).fill('880315');
  await by(l.pwd).fill('12');
  await by(l.quota).selectOption('3');
}

/** `tsx webhost/screenshots.ts sale`: only the named pictures are written (the whole walk still runs). */
const ONLY = process.argv.slice(2);

async function shoot(page: Page, name: string): Promise<void> {
  if (ONLY.length > 0 && !ONLY.includes(name)) return;
  // Let the caret, fonts and any transition settle so the picture is what a cashier sees.
  await page.evaluate('document.fonts.ready');
  await page.screenshot({ path: join(OUT_DIR, `${name}.png`) });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

/** A café's catalog entered through the bridge, then a sale rung up as a cashier does it. */
async function ringUpSale(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { pos } = globalThis as unknown as { pos: PosApi };
    const cats = await Promise.all([
      pos.saveCategory({ name: '커피', colour: '#8b5a2b', order: 0 }),
      pos.saveCategory({ name: '음료', colour: '#2b6cb0', order: 1 }),
      pos.saveCategory({ name: '베이커리', colour: '#c05621', order: 2 }),
      pos.saveCategory({ name: '과일·식품', colour: '#2f855a', order: 3 }),
    ]);
    // No named helpers in here: the bundler would wrap them in a function the page does not have.
    const ids = cats.map((c) => (c.ok ? c.data.categoryId : null));
    const base = { barcodes: [] as string[], shortCode: '', openPrice: false, active: true, gridOrder: 0, taxation: 'taxable' as const };
    const items: [string, number, number, boolean?][] = [
      ['아메리카노', 4500, 0], ['카페라떼', 5000, 0], ['바닐라라떼', 5500, 0], ['콜드브루', 5000, 0], ['에스프레소', 4000, 0],
      ['레몬에이드', 5500, 1], ['자몽허니블랙티', 5800, 1], ['생수', 1000, 1, true],
      ['크루아상', 3500, 2], ['소금빵', 3200, 2], ['치즈케이크', 6500, 2],
      ['바나나', 3000, 3, true], ['방울토마토', 4000, 3, true], ['원두 200g', 0, 0],
    ];
    for (const [name, price, cat, taxFree] of items)
      await pos.saveProduct({ ...base, name, price, categoryId: ids[cat] ?? null, openPrice: price === 0, ...(taxFree ? { taxation: 'tax_free' as const } : {}) });
  });
  await page.reload();
  await page.getByRole('navigation').waitFor();
  const tile = (name: string) => page.getByRole('group', { name: '상품' }).getByRole('button', { name: new RegExp(name) });
  for (const name of ['아메리카노', '아메리카노', '카페라떼', '크루아상', '바나나']) await tile(name).click();
  await page.getByRole('button', { name: '판매 할인', exact: true }).click();
  await page.getByLabel('할인 (% 또는 원)', { exact: true }).fill('10');
  await page.getByLabel('할인 (% 또는 원)', { exact: true }).press('Enter');
  await page.getByLabel('상품 검색 (이름·초성·코드·바코드)', { exact: true }).focus();
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const sandbox = await startSandbox({ port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const dirs: string[] = [];
  try {
    for (const lang of ['ko', 'en'] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), 'pos-shots-'));
      dirs.push(dataDir);
      const host = await startWebHost({ port: 0, dataDir, lang, portoneApiUrl: sandbox.url });
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(host.url);
      await page.getByRole('navigation').waitFor();
      const suffix = lang === 'ko' ? '' : '-en';
      const orderName = lang === 'ko' ? '꽃다발 전화 주문' : 'Flower bouquet (phone order)';

      if (lang === 'ko') {
        await ringUpSale(page);
        await shoot(page, 'sale');

        // The day opens with a float (개점), so the close screen later shows the day's totals.
        await page.keyboard.press('F9');
        await page.getByLabel('시재금 (원)', { exact: true }).fill('100000');
        await page.getByRole('button', { name: '개점', exact: true }).click();
        await page.getByText('영업일 #1 개점', { exact: false }).waitFor();

        // The rung-up sale paid in cash: ₩50,000 handed over, the change large, the 현금영수증 choice.
        await page.keyboard.press('F2');
        await page.getByRole('button', { name: /결제 \(Enter\)$/ }).click();
        const payForm = page.getByRole('form', { name: saleMessages.ko.payTitle });
        // 나눠 내기 by items: one diner's lines chosen, their sum and tax-free shown; then back to the whole amount.
        await payForm.getByRole('radio', { name: saleMessages.ko.splitByLines, exact: true }).check();
        await payForm.getByRole('checkbox').first().check();
        await payForm.getByRole('status', { name: saleMessages.ko.linesChosenTitle }).waitFor();
        await shoot(page, 'split-lines');
        await payForm.getByRole('radio', { name: saleMessages.ko.splitByAmount, exact: true }).check();
        await payForm.getByRole('tab', { name: cashMessages.ko.tender, exact: true }).click();
        await payForm.getByLabel(cashMessages.ko.given, { exact: true }).fill('50000');
        await payForm.getByRole('status', { name: cashMessages.ko.change }).waitFor();
        await shoot(page, 'cash-tender');
        await payForm.locator('button[type=submit]').click();
        await page.getByRole('region', { name: saleMessages.ko.salePaidTitle }).waitFor();
        await page.keyboard.press('F3');

        // Every field error next to its field, before anything is sent.
        await page.getByLabel(LABELS.ko.card, { exact: true }).fill('5365 1000 0000 0007');
        await page.getByLabel(LABELS.ko.expiry, { exact: true }).fill('01/20');
        await page.getByLabel(LABELS.ko.amount, { exact: true }).press('Enter');
        await page.getByRole('alert').first().waitFor();
        await shoot(page, 'field-errors');
      }
      await page.keyboard.press('F3');
      await fill(page, lang, TEST_CARDS.approve, orderName);
      await page.getByLabel(LABELS[lang].amount, { exact: true }).focus();
      await shoot(page, `keyed-charge${suffix}`);

      await page.keyboard.press('Enter');
      await page.locator('.result--approved').waitFor();
      await shoot(page, `approved${suffix}`);

      if (lang === 'ko') {
        await page.getByRole('button', { name: LABELS.ko.newSale }).click();
        await fill(page, lang, TEST_CARDS.declineFailed, '케이크 전화 주문');
        await page.keyboard.press('Enter');
        await page.locator('.result--declined').waitFor();
        await shoot(page, 'declined');

        // A regular customer's card saved with the first charge (card on file).
        await page.getByRole('button', { name: LABELS.ko.newSale }).click();
        await fill(page, lang, TEST_CARDS.approve, '화분 정기 주문');
        await page.getByLabel('다음 결제를 위해 이 카드 저장 (고객 동의함)', { exact: true }).check();
        await page.getByLabel('고객 메모', { exact: true }).fill('매주 금요일 배송');
        await page.keyboard.press('Enter');
        await page.locator('.result--approved').waitFor();

        await page.keyboard.press('F8');
        await page.getByRole('table').waitFor();
        await shoot(page, 'recent-payments');
        // A payment's detail: its summary and its events in the cashier's words.
        await page.getByRole('row').filter({ hasText: '화분 정기 주문' }).getByRole('button').first().click();
        await page.getByRole('heading', { name: '결제 상세' }).waitFor();
        await page.locator('ol.events li').first().waitFor();
        await shoot(page, 'payment-detail');

        await page.keyboard.press('F7');
        await page.getByRole('table').waitFor();
        await shoot(page, 'customers');

        await page.keyboard.press('F6');
        await page.getByRole('heading').first().waitFor();
        await shoot(page, 'window-pay');

        // The X report (중간정산) with the cash counted so far: expected cash and 현금과부족.
        await page.keyboard.press('F9');
        await page.getByLabel(closeMessages.ko.countedCash, { exact: true }).fill('130000');
        await page.getByRole('button', { name: closeMessages.ko.xReport, exact: true }).click();
        await page.locator('.close-screen__x').waitFor();
        await page.getByTestId('cash-expected').scrollIntoViewIfNeeded();
        await shoot(page, 'day-close');
        // A confirm dialog as every dialog is: Enter confirms, Esc cancels.
        await page.getByRole('button', { name: closeMessages.ko.close, exact: true }).click();
        await page.getByRole('dialog').waitFor();
        await shoot(page, 'close-confirm');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        await page.keyboard.press('F11');
        await page.getByRole('heading').first().waitFor();
        await shoot(page, 'staff');

        await page.keyboard.press('F10');
        await page.getByLabel('상호', { exact: true }).fill('하나 꽃집');
        await page.getByLabel('가맹점 식별코드 (IMP 코드)', { exact: true }).fill(SANDBOX_CREDENTIALS.impCode);
        await page.getByLabel('수기 결제 MID', { exact: true }).fill(SANDBOX_CREDENTIALS.keyedMid);
        await page.getByLabel('인증 결제창 MID', { exact: true }).fill(SANDBOX_CREDENTIALS.windowMid);
        await page.getByRole('button', { name: '설정 저장' }).click();
        await page.getByRole('status').filter({ hasText: '설정을 저장했습니다' }).waitFor();
        await page.getByLabel('REST API 키', { exact: true }).fill(SANDBOX_CREDENTIALS.impKey);
        await page.getByLabel('REST API 시크릿', { exact: true }).fill(SANDBOX_CREDENTIALS.impSecret);
        await page.getByRole('button', { name: '인증 정보 저장' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '인증 정보 저장' }).click();
        await page.getByRole('status').filter({ hasText: '인증 정보를 저장했습니다' }).waitFor();
        await page.getByRole('button', { name: '연결 테스트' }).click();
        await page.getByRole('status').filter({ hasText: '연결 성공' }).waitFor();
        await shoot(page, 'settings');
      }
      await page.close();
      await host.close();
    }
  } finally {
    await browser.close();
    await sandbox.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
