// Lets a test see what a page does when a file cannot be fetched, as offline, or comes late:
// - /__fresh/<token>/<path> serves /<path>, under an address no browser has cached (the test
//   runner lets browsers cache every file for a year), so each request reaches the server;
// - a request to /__fail-once?path=<prefix> makes the next request whose path starts with
//   <prefix> answer 503.
// - /__held/<token>/<path> serves /<path> only once /__release?token=<token> has been asked
//   for: a file that comes late, for as long as a test needs.
// Used by test/cdn-dialogs.test.ts for a dialog that cannot be fetched and by
// test/photo-credit.test.ts for an image still on its way.
const FRESH = /^\/__fresh\/[\w-]+(\/.*)$/;
const HELD = /^\/__held\/([\w-]+)(\/.*)$/;
const armed = new Set();
const holds = new Map();

/** The hold of `token`: a promise, and the function that releases it. */
function hold(token) {
  if (!holds.has(token)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    holds.set(token, { released, release });
  }
  return holds.get(token);
}

export async function failOnceMiddleware(context, next) {
  if (context.path === '/__fail-once') {
    armed.add(String(context.query.path ?? ''));
    context.status = 204;
    return;
  }
  for (const prefix of armed) {
    if (!prefix || !context.path.startsWith(prefix)) continue;
    armed.delete(prefix);
    context.status = 503;
    context.body = 'Unavailable (test/fail-once.mjs)';
    return;
  }
  if (context.path === '/__release') {
    hold(String(context.query.token ?? '')).release();
    context.status = 204;
    return;
  }
  const held = HELD.exec(context.path);
  if (held) {
    await hold(held[1]).released;
    context.path = held[2];
  }
  const fresh = FRESH.exec(context.path);
  if (fresh) context.path = fresh[1];
  await next();
}
