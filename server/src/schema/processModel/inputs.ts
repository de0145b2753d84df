import { z } from 'zod';

/** Leistungsschlüssel of the federal service catalogue (LeiKa/FIM): exactly 14 digits. */
export const serviceKeySchema = z
  .string()
  .trim()
  .regex(/^\d{14}$/, 'A Leistungsschlüssel has exactly 14 digits, e.g. 99050012104000.');

/** Metadata rules shared by import and metadata edits. */
export const metadataSchema = {
  title: z.string().trim().min(3, 'Use at least 3 characters.').max(200),
  description: z.string().trim().max(10_000).nullish(),
  serviceKey: serviceKeySchema.nullish().or(z.literal('')),
  tags: z
    .array(z.string().trim().min(1).max(40, 'A tag has at most 40 characters.'))
    .max(20, 'Use at most 20 tags.')
    .nullish(),
  contactName: z.string().trim().max(200).nullish(),
  contactEmail: z.email('Enter a valid e-mail address.').max(254).or(z.literal('')).nullish(),
};

function normaliseTags(tags: readonly string[] | null | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];
}

/** The free-text metadata as stored: trimmed, empty optional text as '' (service key: null). */
export function textMetadata(args: {
  title: string;
  description?: string | null;
  serviceKey?: string | null;
  tags?: readonly string[] | null;
  contactName?: string | null;
  contactEmail?: string | null;
}) {
  return {
    title: args.title.trim(),
    description: args.description?.trim() ?? '',
    serviceKey: args.serviceKey?.trim() || null,
    tags: normaliseTags(args.tags),
    contactName: args.contactName?.trim() ?? '',
    contactEmail: args.contactEmail?.trim() ?? '',
  };
}
