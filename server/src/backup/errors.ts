/**
 * A backup or restore that cannot go ahead for a reason the operator can fix (not empty, other
 * migrations, damaged archive, database in use). The CLI prints the message and exits with 2;
 * anything else is a bug or an outage and exits with 1.
 */
export class BackupRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusal';
  }
}
