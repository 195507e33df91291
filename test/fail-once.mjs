// Lets a test see what a page does when a file cannot be fetched, as offline:
// - /__fresh/<token>/<path> serves /<path>, under an address no browser has cached (the test
//   runner lets browsers cache every file for a year), so each request reaches the server;
// - a request to /__fail-once?path=<prefix> makes the next request whose path starts with
//   <prefix> answer 503.
// Used by test/cdn-dialogs.test.ts for a dialog that cannot be fetched.
const FRESH = /^\/__fresh\/[\w-]+(\/.*)$/;
const armed = new Set();

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
  const fresh = FRESH.exec(context.path);
  if (fresh) context.path = fresh[1];
  await next();
}
