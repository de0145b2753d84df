import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { AmtswegYoga } from '../yoga.ts';
import { refuseBody } from './bodyLimits.ts';
import { DOWNLOAD_PATH_PREFIXES } from './fundingDownloads.ts';
import { isHttpsRequest, securityHeaders } from './securityHeaders.ts';

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** One origin for everything: the API, the health probes and the built SPA. */
export function createHttpServer(deps: {
  yoga: AmtswegYoga;
  db: Database;
  config: Config;
  log: Logger;
}) {
  const { yoga, db, config, log } = deps;
  const spa = existsSync(config.webDist)
    ? sirv(config.webDist, { single: true, etag: true, gzip: false })
    : undefined;
  if (!spa) log.warn({ webDist: config.webDist }, 'web/dist missing: serving the API only');

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // GraphiQL (development only) loads its page from yoga and needs inline scripts.
    const graphiql = !config.production && path === '/graphql' && req.method === 'GET';
    for (const [name, value] of Object.entries(
      securityHeaders(isHttpsRequest(req, config), !graphiql),
    )) {
      res.setHeader(name, value);
    }
    if (path === '/graphql') {
      const refusal = refuseBody(req);
      if (refusal) {
        // The rest of the body is not read; close the connection instead of draining it.
        res.setHeader('connection', 'close');
        sendJson(res, refusal.status, {
          errors: [{ message: refusal.message, extensions: { code: refusal.code } }],
        });
        return;
      }
    }
    if (path === '/graphql' || DOWNLOAD_PATH_PREFIXES.some((prefix) => path.startsWith(prefix))) {
      void yoga(req, res);
      return;
    }
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz') {
      db.ping().then(
        () => sendJson(res, 200, { status: 'ready', database: db.kind }),
        (error: unknown) => {
          log.warn({ err: error }, 'readiness check failed');
          sendJson(res, 503, { status: 'unavailable', database: db.kind });
        },
      );
      return;
    }
    if (spa && (req.method === 'GET' || req.method === 'HEAD')) {
      spa(req, res, () => sendJson(res, 404, { error: 'Not found' }));
      return;
    }
    sendJson(res, 404, { error: 'Not found' });
  });
}
