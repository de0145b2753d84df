import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  // The process id tells the log lines of several worker processes (AMTSWEG_WORKERS) apart.
  return pino({ level, base: { service: 'amtsweg', pid: process.pid } });
}
