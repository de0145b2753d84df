import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Config } from '../config.ts';

/**
 * Scripts only from our own origin (the SPA is built without inline scripts), no framing, no
 * plugins. Styles may be inline: Vue and bpmn-js set style attributes at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Whether the client reached us over TLS, directly or (trusted) through the load balancer. */
export function isHttpsRequest(req: IncomingMessage, config: Config): boolean {
  if (config.trustProxy) {
    const proto = req.headers['x-forwarded-proto'];
    const first = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim();
    if (first) return first === 'https';
  }
  return (req.socket as TLSSocket).encrypted === true;
}

/**
 * Headers for every response. HSTS only over TLS: sent over plain HTTP it would be ignored, and on
 * a plain-HTTP test install it would lock browsers out of it.
 */
export function securityHeaders(https: boolean, withPolicy: boolean): Record<string, string> {
  return {
    ...(withPolicy ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
