// Drives Debian's WebKitGTK MiniBrowser through WebKitWebDriver. MiniBrowser has no headless
// mode, so a private Xvfb display is started when there is no DISPLAY.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (chunk) => resolve({ process: xvfb, display: `:${String(chunk).trim()}` }));
  });
}

async function waitForDriver(port, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

class WebkitLauncher extends WebdriverLauncher {
  constructor({ driver }) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    this.driverBinary = driver;
    this.children = [];
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    await this.ensureDriver();
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    await this.ensureDriver();
    return super.startDebugSession(id, url);
  }

  async ensureDriver() {
    if (this.driverReady) return this.driverReady;
    this.driverReady = (async () => {
      const env = { ...process.env };
      if (!env.DISPLAY) {
        const xvfb = await startXvfb();
        this.children.push(xvfb.process);
        env.DISPLAY = xvfb.display;
      }
      const port = await freePort();
      const driver = spawn(this.driverBinary, [`--port=${port}`], { env, stdio: 'ignore' });
      this.children.push(driver);
      await waitForDriver(port);
      this.options.port = port;
    })();
    return this.driverReady;
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) child.kill();
    this.children = [];
  }
}

export function webkitLauncher(options) {
  return new WebkitLauncher(options);
}
