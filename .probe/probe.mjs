import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const name of ['de-auto', 'de-one']) {
  for (let run = 0; run < 3; run++) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__seen = [];
    const tick = () => {
      for (const tag of ['nps-survey', 'benchmark-gauge']) {
        const el = document.querySelector(tag);
        const t = el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
        if (t && !window.__seen.some((s) => s.tag === tag && s.t === t)) window.__seen.push({ tag, t, at: Math.round(performance.now()) });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`http://localhost:8765/.probe/${name}.html`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 300));
  console.log(name, run, JSON.stringify(await page.evaluate(() => window.__seen)));
  await page.close();
  }
}
await browser.close();
