import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.ts';

/**
 * The address a request came from. Behind a trusted load balancer the nearest hop it recorded in
 * X-Forwarded-For (the rightmost entry: anything left of it the client may have made up).
 */
export function clientAddress(
  request: Request,
  req: IncomingMessage | undefined,
  config: Config,
): string {
  if (config.trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for');
    const nearest = forwarded?.split(',').at(-1)?.trim();
    if (nearest) return nearest;
  }
  return req?.socket.remoteAddress ?? 'unknown';
}
