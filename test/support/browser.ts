/**
 * Headless-browser checks for the HTML pages the backend serves (ranking board, printable
 * notices, statistics charts). Uses Debian's Chromium driven by puppeteer-core: the machines
 * reach only the npm registry and Debian's packages, so no test tool may download a browser.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { extractText, getDocumentProxy } from 'unpdf';

const CHROMIUM = '/usr/bin/chromium';
/** Installed by fonts-wqy-zenhei; without a CJK font Chinese renders as boxes. */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const PACKAGES = 'chromium fonts-wqy-zenhei';
const INSTALL_COMMAND = `DEBIAN_FRONTEND=noninteractive apt-get install -y ${PACKAGES}`;
/** Installing takes ≈ 40 s; the rest allows for an `apt-get update` and a slow mirror. */
const INSTALL_TIMEOUT_MS = 240_000;

/** For `beforeAll` in a test file that opens a browser: covers a first-time install. */
export const BROWSER_SETUP_TIMEOUT_MS = INSTALL_TIMEOUT_MS + 30_000;

let chromiumReady: Promise<void> | undefined;

/**
 * Makes sure Debian's Chromium and a CJK font are installed, installing them with apt-get
 * when missing. The result (or the failure) is cached for the process.
 */
export function ensureChromium(): Promise<void> {
  chromiumReady ??= installChromium();
  return chromiumReady;
}

const installed = (): boolean => existsSync(CHROMIUM) && existsSync(CJK_FONT);

async function installChromium(): Promise<void> {
  if (installed()) return;
  const cannot = (why: string, detail = ''): Error =>
    new Error(`Browser tests need Chromium and a CJK font: ${why}. As root, run:\n  ${INSTALL_COMMAND}${detail}`);
  if (process.getuid?.() !== 0) throw cannot('not running as root');
  if (!existsSync('/usr/bin/apt-get')) throw cannot('apt-get not found');

  // Vitest runs test files in several processes that may all get here at once. flock(1)
  // serialises them; a waiter that gets the lock finds the packages installed and stops.
  // `apt-get update` runs only when the install fails, typically for stale package lists.
  // The lock timeout waits for an apt run outside the tests instead of failing at once.
  const apt = 'apt-get -o DPkg::Lock::Timeout=120';
  const script = [
    `test -x ${CHROMIUM} && test -e ${CJK_FONT} && exit 0`,
    `${apt} install -y ${PACKAGES} || { ${apt} update && ${apt} install -y ${PACKAGES}; }`,
  ].join('\n');
  const lock = join(tmpdir(), 'hall-chromium-install.lock');
  const log = join(tmpdir(), `hall-chromium-install-${process.pid}.log`);
  // Output goes to a file, not a pipe: on timeout we stop waiting without killing apt (that
  // would leave dpkg half-configured) and an orphaned apt must not hold our pipes open.
  const out = openSync(log, 'w');
  const child = spawn('flock', [lock, 'sh', '-c', script], {
    stdio: ['ignore', out, out],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  closeSync(out);

  const outcome = await new Promise<string | undefined>((resolve) => {
    const timer = setTimeout(() => {
      child.unref();
      resolve(`timed out after ${INSTALL_TIMEOUT_MS / 1000} s`);
    }, INSTALL_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 ? undefined : `exit ${code ?? signal}`);
    });
  });
  if (outcome === undefined && installed()) return rmSync(log);
  const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-5).join('\n');
  throw cannot(`the install ${outcome ?? 'finished without them'}`, `\n\nLast lines of ${log}:\n${tail}`);
}

/** A launched Chromium; `close()` also removes its temporary profile. */
export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile. Expected usage: one per test file. */
export async function openBrowser(): Promise<TestBrowser> {
  await ensureChromium();
  const profile = await mkdtemp(join(tmpdir(), 'hall-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      // A desktop screen rather than puppeteer's 800 × 600.
      defaultViewport: { width: 1280, height: 800 },
      // Root needs --no-sandbox. The network flags stop Chromium calling Google's hosts,
      // which this machine's closed network refuses.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
      ],
    });
    return {
      browser,
      async close() {
        await browser.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Runs `fn` with a browser that is closed afterwards, whatever `fn` does. */
export async function withBrowser<T>(fn: (browser: TestBrowser) => Promise<T>): Promise<T> {
  const browser = await openBrowser();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

export interface CheckPageOptions {
  /** Take a full-page PNG screenshot. */
  screenshot?: boolean;
  /** Defaults to 1280 × 800 (set at launch). */
  viewport?: { width: number; height: number };
  /** Sent with every request of the page (a staff page's `authorization`). */
  headers?: Record<string, string>;
}

export interface PageCheck {
  /** Page errors, console errors, failed or blocked requests and HTTP error statuses. */
  errors: string[];
  /** `document.body.innerText`: what a person reads. */
  text: string;
  title: string;
  svgCount: number;
  screenshot?: Buffer;
}

/** Loads `url` (served on loopback) until the network is idle and reports what it shows. */
export async function checkPage({ browser }: TestBrowser, url: string, options: CheckPageOptions = {}): Promise<PageCheck> {
  return onPage(browser, url, async (page, errors) => {
    if (options.viewport) await page.setViewport(options.viewport);
    if (options.headers) await page.setExtraHTTPHeaders(options.headers);
    await page.goto(url, { waitUntil: 'networkidle0' });
    const { text, svgCount } = await page.evaluate(() => ({
      text: document.body.innerText,
      svgCount: document.querySelectorAll('svg').length,
    }));
    const title = await page.title();
    if (!options.screenshot) return { errors, text, title, svgCount };
    const screenshot = Buffer.from(await page.screenshot({ fullPage: true, type: 'png' }));
    return { errors, text, title, svgCount, screenshot };
  });
}

export interface PdfCheck {
  pages: number;
  /** Text extracted from the PDF, NFKC-normalised (folds full-width forms and the like). */
  text: string;
  /** The PDF shows glyphs no installed font has (a missing CJK font, typically). */
  missingGlyphs: boolean;
  /** As in {@link PageCheck}: a notice must print without them. */
  errors: string[];
}

/**
 * Prints `url` to an A4 PDF, honouring the page's `@page` size, and reads the PDF back.
 * `headers` go with every request of the page (a staff page's `authorization`).
 */
export async function printPdf(
  { browser }: TestBrowser,
  url: string,
  options: { headers?: Record<string, string> } = {},
): Promise<PdfCheck> {
  const { pdf, errors } = await onPage(browser, url, async (page, errors) => {
    if (options.headers) await page.setExtraHTTPHeaders(options.headers);
    await page.goto(url, { waitUntil: 'networkidle0' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    return { pdf, errors };
  });
  const doc = await getDocumentProxy(pdf);
  const { totalPages, text } = await extractText(doc, { mergePages: true }).finally(() => doc.destroy());
  const normalised = text.normalize('NFKC');
  // pdf.js yields U+0000 (or U+FFFD) for glyphs that have no Unicode mapping: the tofu boxes
  // Chromium draws when no font covers a character.
  const missingGlyphs = /[\u0000\uFFFD]/u.test(normalised);
  return { pages: totalPages, text: normalised, missingGlyphs, errors };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Chromium fetches /favicon.ico by itself, at a moment of its choosing: not the page's doing. */
const isFavicon = (url: string): boolean => new URL(url).pathname === '/favicon.ico';

/** The few DOM members read inside the page: this Node project's types have no DOM lib. */
declare const document: { body: { innerText: string }; querySelectorAll(selectors: string): { length: number } };

/**
 * Runs `fn` on a new page in its own browser context (no cookies or storage shared between
 * checks), collecting errors. Requests leaving loopback are blocked and reported: pages must
 * be self-contained, and this machine has no network to reach anything else anyway.
 */
async function onPage<T>(browser: Browser, url: string, fn: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
  if (!isLocal(url)) throw new Error(`Browser checks load pages served on loopback, not ${url}`);
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    // One error per request: a blocked or 404 request also ends in 'requestfailed'.
    const reported = new WeakSet<HTTPRequest>();
    const report = (request: HTTPRequest, error: string) => {
      reported.add(request);
      errors.push(error);
    };
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (isLocal(request.url())) return void request.continue();
      report(request, `blocked request to ${request.url()}`);
      void request.abort('blockedbyclient');
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !isFavicon(response.url())) {
        report(response.request(), `HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      if (!reported.has(request) && !isFavicon(request.url()))
        report(request, `request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
    page.on('console', (message) => {
      // "Failed to load resource" repeats, without the URL, what the network events report.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(`console error: ${message.text()}`);
      }
    });
    return await fn(page, errors);
  } finally {
    await context.close();
  }
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  // data: and blob: URLs are part of the page itself.
  return protocol === 'data:' || protocol === 'blob:' || LOOPBACK.has(hostname);
}
