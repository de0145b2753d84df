import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';

/** One plain-text mail to one person (separate mails keep recipients from seeing each other). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Rejects when the mail could not be handed over; callers decide whether that matters. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Where mails go without `SMTP_URL`: one `.eml` file each, to open in any mail program. */
export function mailDirectory(dataDir: string) {
  return join(dataDir, 'mail');
}

/** SMTP with `SMTP_URL`; otherwise `.eml` files under `<dataDir>/mail/`. */
export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>,
  log: Logger,
): Mailer {
  return config.smtpUrl
    ? smtpMailer(config.smtpUrl, config.mailFrom, log)
    : fileMailer(mailDirectory(config.dataDir), config.mailFrom, log);
}

function smtpMailer(smtpUrl: string, from: string, log: Logger): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(mail) {
      const info = await transport.sendMail(mail);
      log.info({ messageId: info.messageId }, 'mail sent');
    },
    close: () => transport.close(),
  };
}

function fileMailer(directory: string, from: string, log: Logger): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true }, { from });
  return {
    async send(mail) {
      const info = await transport.sendMail(mail);
      await mkdir(directory, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(directory, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
      // Written under another name first, so whoever watches the directory never reads half a mail.
      await writeFile(`${file}.part`, info.message as Buffer);
      await rename(`${file}.part`, file);
      log.info({ file }, 'mail written (no SMTP_URL set)');
    },
    close: () => undefined,
  };
}
