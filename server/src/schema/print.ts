// `pnpm --filter @amtsweg/server schema:print` rewrites server/schema.graphql from the code.
import { writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { schema } from './index.ts';

export const schemaFile = new URL('../../schema.graphql', import.meta.url);
await writeFile(schemaFile, `${printSchema(schema)}\n`);
