// Debian's Chromium and the flags every script here launches it with: as root it needs
// --no-sandbox, and the others keep it from trying to reach the network while it runs.
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
