#!/usr/bin/env node
// Stand-in for Prisma's native schema-engine binary, which the CLI would download (impossible
// offline). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; the work is done by the
// WebAssembly engine in ../src/engineStandIn.ts, loaded through tsx (a root devDependency).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/engineStandIn.ts');
await main(process.argv.slice(2));
