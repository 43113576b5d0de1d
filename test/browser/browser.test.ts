import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_SETUP_TIMEOUT_MS, checkPage, openBrowser, printPdf, type TestBrowser } from '../support/browser.ts';

const HALL = '涟水县政务服务中心';

const html = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const pages: Record<string, string> = {
  '/board': html(
    '窗口排行榜',
    `<h1>${HALL}</h1>
     <svg width="200" height="100" role="img" aria-label="办件量">
       <rect x="10" y="40" width="40" height="60" fill="steelblue"/>
       <rect x="60" y="10" width="40" height="90" fill="steelblue"/>
     </svg>`,
  ),
  '/broken': html('出错', `<p>${HALL}</p><script>console.error('图表数据缺失'); window.undefinedFunction();</script>`),
  '/leaky': html('外部资源', `<p>${HALL}</p><img src="http://hall.invalid/logo.png">`, '<link rel="stylesheet" href="/missing.css">'),
  '/notice': html(
    '告知书',
    `<h1>${HALL}</h1><p>一次性告知书：请携带身份证原件办理。</p>`,
    '<style>@page { size: A4; margin: 15mm } body { font-size: 14pt }</style>',
  ),
  // A character from CJK Extension B, which no installed font has: Chromium draws a box.
  '/no-font': html('缺字', '<p>𠀀</p>'),
};

let server: Server;
let base: string;
let browser: TestBrowser;

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Installs Chromium on first use (≈ 30 s), hence the long timeout.
  browser = await openBrowser();
}, BROWSER_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('checkPage', () => {
  it('reads the Chinese text and the SVG chart of a clean page', async () => {
    const result = await checkPage(browser, `${base}/board`, { screenshot: true });
    expect(result.errors).toEqual([]);
    expect(result.title).toBe('窗口排行榜');
    expect(result.text).toContain(HALL);
    expect(result.svgCount).toBe(1);
    expect(result.screenshot?.subarray(1, 4).toString()).toBe('PNG');
  });

  it('reports a script error', async () => {
    const { errors, text } = await checkPage(browser, `${base}/broken`);
    expect(text).toContain(HALL);
    expect(errors).toEqual(['console error: 图表数据缺失', expect.stringMatching(/^page error: .*undefinedFunction/)]);
  });

  it('blocks requests that leave loopback and reports missing assets', async () => {
    const { errors } = await checkPage(browser, `${base}/leaky`);
    expect(errors.sort()).toEqual([`HTTP 404 for ${base}/missing.css`, 'blocked request to http://hall.invalid/logo.png']);
  });

  it('refuses to load a page that is not served on loopback', async () => {
    await expect(checkPage(browser, 'https://hall.invalid/')).rejects.toThrow(/loopback/);
  });
});

describe('printPdf', () => {
  it('prints an A4 notice whose Chinese text survives', async () => {
    const result = await printPdf(browser, `${base}/notice`);
    expect(result).toMatchObject({ pages: 1, missingGlyphs: false, errors: [] });
    expect(result.text).toContain(HALL);
    expect(result.text).toContain('一次性告知书');
  });

  it('flags characters that no installed font can draw', async () => {
    const result = await printPdf(browser, `${base}/no-font`);
    expect(result.missingGlyphs).toBe(true);
  });
});
