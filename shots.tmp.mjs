import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4599';
const token = 'demo-shots-token-0123456789abcdef0123456789';
const res = await fetch(`${base}/rpc/system.auth.login`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: base }, body: JSON.stringify({ login: 'admin', password: 'secret-pass-1' }) });
const session = (await res.json()).data.sessionToken;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--lang=fr-FR'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
await page.addInitScript((t) => window.sessionStorage.setItem('coulisse.session', t), session);
await page.goto(`${base}/#token=${token}`);
await page.getByTestId('user-menu').waitFor();
for (const [name, route] of [['trial-balance', '/accounting/reports/trialBalance'], ['income-statement', '/accounting/reports/incomeStatement'], ['balance-sheet', '/accounting/reports/balanceSheet'], ['vat', '/accounting/reports/vat'], ['bank', '/accounting/bank'], ['entries', '/accounting/entries/list'], ['bills', '/accounting/bills']]) {
  await page.evaluate(`location.hash = ${JSON.stringify('#' + route)}`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shots/demo-${name}.png`, fullPage: name !== 'trial-balance' });
}
await browser.close();
