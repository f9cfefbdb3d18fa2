// WebKit (the engine of Safari) for the tests: Debian's WebKitGTK
// MiniBrowser, driven by WebKitWebDriver, in a virtual X display (Xvfb).
// `startWebKitDriver()` starts both on free ports and gives the WebDriver
// port, the capabilities to ask for and a stop(); `findWebKit()` says what
// is missing, if anything (apt-get install webkit2gtk-driver xvfb);
// `fitViewport()` sizes a session's window for a viewport.
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';

const DRIVER = ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'];
const XVFB = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'];

/** /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser (or 4.0, 6.0), or WEBKIT_BROWSER. */
function findMiniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  const roots = ['/usr/lib', '/usr/libexec'];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const dir of ['', ...readdirSync(root)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const p = join(root, dir, api, 'MiniBrowser');
        if (existsSync(p)) return p;
      }
    }
  }
  return undefined;
}

/** The three programs, or the error that names the missing ones. */
export function findWebKit() {
  const driver = DRIVER.find((p) => existsSync(p));
  const xvfb = XVFB.find((p) => existsSync(p));
  const browser = findMiniBrowser();
  const missing = [
    !driver && 'WebKitWebDriver',
    !browser && 'MiniBrowser',
    !xvfb && 'Xvfb',
  ].filter(Boolean);
  if (missing.length)
    return {
      error: `No ${missing.join(', ')}: apt-get install webkit2gtk-driver xvfb (Debian, Ubuntu).`,
    };
  return {driver, xvfb, browser};
}

/** A port on 127.0.0.1 that nothing listens on (for a server to start, or to find closed). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });

/** Resolves once something listens on 127.0.0.1:port. */
async function listening(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}.`);
}

export async function startWebKitDriver() {
  const found = findWebKit();
  if (found.error) throw new Error(found.error);
  // Xvfb picks a free display and writes its number to fd 3.
  const xvfb = spawn(
    found.xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {stdio: ['ignore', 'ignore', 'ignore', 'pipe']}
  );
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}).`)));
  });
  const port = await freePort();
  const driver = spawn(found.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      DISPLAY: display,
      // Nothing leaves 127.0.0.1: anything else goes to a closed port.
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      no_proxy: '127.0.0.1,localhost',
    },
  });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  process.on('exit', stop);
  try {
    await listening(port, 20000);
  } catch (e) {
    stop();
    throw e;
  }
  return {
    port,
    stop,
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: found.browser,
        args: ['--automation'],
      },
    },
  };
}

/**
 * Resizes the window of a WebDriver session (webdriverio's) until the page's
 * viewport has the size asked for (as near as the window allows: MiniBrowser
 * goes no narrower than 447 px).
 */
export async function fitViewport(driver, width, height) {
  for (let i = 0; i < 4; i++) {
    const [w, h] = await driver.execute(() => [innerWidth, innerHeight]);
    if (w === width && h === height) return;
    const r = await driver.getWindowRect();
    const size = {width: r.width + width - w, height: r.height + height - h};
    // Centred on the screen (1280 × 1024), where X's pointer is: with no
    // window manager, the window under it has the keyboard focus, without
    // which the page's :focus and :focus-visible match nothing.
    await driver.setWindowRect(
      Math.max(0, Math.round(640 - size.width / 2)),
      Math.max(0, Math.round(512 - size.height / 2)),
      size.width,
      size.height
    );
  }
}
