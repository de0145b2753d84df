import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Every Prisma CLI command first looks for the native schema engine and downloads it when missing;
// offline (and in CI) that download fails. `prisma generate` never runs the engine, so pointing the
// variable at our WebAssembly stand-in lets it pass. Someone who set the variable keeps their own.
const engineStandIn = fileURLToPath(new URL('./prisma/bin/schema-engine.mjs', import.meta.url));
if (existsSync(engineStandIn)) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= engineStandIn;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/amtsweg' },
});
