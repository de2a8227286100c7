import { chromium } from '@playwright/test';
const base = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h, tag] of [[1920, 1080, 'proj'], [390, 844, 'phone']]) {
  for (const scheme of ['light', 'dark']) {
    const c = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const p = await c.newPage();
    await p.goto(base + '/');
    await p.getByRole('link', { name: /Full-service airline/ }).first().click();
    await p.getByRole('heading', { level: 1 }).waitFor();
    await p.waitForTimeout(800);
    await p.screenshot({ path: `/tmp/shots/map-${tag}-${scheme}.png` });
    for (const view of ['Priorities', 'Workshop', 'Segments']) {
      await p.getByRole('link', { name: view, exact: true }).click();
      await p.waitForTimeout(1200);
      await p.screenshot({ path: `/tmp/shots/${view.toLowerCase()}-${tag}-${scheme}.png` });
    }
    await p.goto(base + '/');
    await p.waitForTimeout(800);
    await p.screenshot({ path: `/tmp/shots/home-${tag}-${scheme}.png` });
    await c.close();
  }
}
await b.close();
