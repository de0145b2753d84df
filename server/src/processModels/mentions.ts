// `@kim@stadt.example` mentions a user by e-mail address: unambiguous across cities, unlike names.
const MENTION = /(?:^|[\s(])@([^\s@()]+@[^\s@()]+\.[^\s@(),;:!?]+)/g;

/** Lower-cased e-mail addresses mentioned in a comment, each once. */
export function mentionedEmails(body: string): string[] {
  // A sentence may end right after the address: its full stop is not part of it.
  const emails = [...body.matchAll(MENTION)].map((m) => (m[1] as string).replace(/\.+$/, ''));
  return [...new Set(emails.map((e) => e.toLowerCase()))];
}
