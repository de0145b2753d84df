import type { Prisma } from '../generated/prisma/client.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A JSON value PostgreSQL accepts: strings without U+0000 and without half surrogate pairs (which
 * the XML reader's messages and sliced labels can contain even when the XML itself was fine).
 * Such characters become U+FFFD, the replacement character, so what is left stays readable.
 */
export function storableJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'string'
        ? item.replace(LONE_SURROGATE, '\uFFFD').replace(/\0/g, '\uFFFD')
        : item,
    ),
  ) as Prisma.InputJsonValue;
}
