import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  /** `postgresql://…` selects a PostgreSQL server; unset selects the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  production: boolean;
  sessionTtlHours: number;
  /** Audit log entries older than this many days are deleted (hourly); 0 keeps them forever. */
  auditRetentionDays: number;
  /** Built SPA to serve from the same origin; missing directory means API only. */
  webDist: string;
  /** Public base URL used in invitation links. */
  publicUrl: string | undefined;
  logLevel: string;
  /** Honour X-Forwarded-Proto from a load balancer (decides the cookie's Secure flag). */
  trustProxy: boolean;
  /** `redis://…`: live project events go through Redis so several instances share them. */
  redisUrl: string | undefined;
  /** `smtp://user:pass@host:587`: mails go to this server; unset writes `.eml` files instead. */
  smtpUrl: string | undefined;
  /** Sender of every mail, e.g. `Amtsweg <amtsweg@stadt.example>`. */
  mailFrom: string;
  rateLimits: {
    /** Wrong passwords per e-mail address and minute before logins are held back. */
    loginFailuresPerMinute: number;
    /** Mutations per signed-in user (or client address) and minute. */
    mutationsPerMinute: number;
  };
  /** The SPA's operations (hash → text) generated at build time: production accepts only these. */
  persistedOperationsFile: string;
  /** Server processes on this machine (AMTSWEG_WORKERS); more than one needs PostgreSQL and Redis. */
  workers: number;
}

/** A whole number ≥ 0 (0 meaning "off"), else the fallback when unset. */
function wholeNumber(name: string, fallback: number, env = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, got "${raw}".`);
  }
  return value;
}

function positiveInt(name: string, fallback: number, env = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  }
  return value;
}

export function loadConfig(env = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgresql:// (only PostgreSQL is supported).');
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error(
      'REDIS_URL must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379.',
    );
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new Error(
      'SMTP_URL must start with smtp:// or smtps://, e.g. smtp://user:pass@host:587.',
    );
  }
  const workers = positiveInt('AMTSWEG_WORKERS', 1, env);
  // The embedded database belongs to one process; live updates and rate limits are shared between
  // processes only through Redis.
  if (workers > 1 && (!databaseUrl || !redisUrl)) {
    throw new Error(
      'AMTSWEG_WORKERS > 1 needs DATABASE_URL (PostgreSQL) and REDIS_URL: the embedded database serves one process, and live updates and rate limits are shared through Redis.',
    );
  }
  return {
    workers,
    port: positiveInt('PORT', 4000, env),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(repoRoot, env.AMTSWEG_DATA_DIR ?? 'data'),
    production: env.NODE_ENV === 'production',
    sessionTtlHours: positiveInt('SESSION_TTL_HOURS', 8, env),
    auditRetentionDays: wholeNumber('AUDIT_RETENTION_DAYS', 365, env),
    webDist: resolve(repoRoot, env.AMTSWEG_WEB_DIST ?? 'web/dist'),
    publicUrl: env.PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    redisUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Amtsweg <amtsweg@localhost>',
    rateLimits: {
      loginFailuresPerMinute: positiveInt('RATE_LIMIT_LOGIN_FAILURES_PER_MINUTE', 5, env),
      mutationsPerMinute: positiveInt('RATE_LIMIT_MUTATIONS_PER_MINUTE', 120, env),
    },
    persistedOperationsFile: resolve(
      repoRoot,
      env.AMTSWEG_PERSISTED_OPERATIONS ?? 'web/src/graphql/generated/persisted-operations.json',
    ),
  };
}
