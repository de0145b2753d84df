import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { searchModelIds } from '../../processModels/search.ts';
import { visibleModelsWhere } from '../../processModels/visibility.ts';
import { builder } from '../builder.ts';
import { CityRef } from '../city.ts';
import { LicenceEnum, ProcessModelRef, ProcessStatusEnum } from './types.ts';

const ProcessModelFilter = builder.inputType('ProcessModelFilter', {
  fields: (t) => ({
    cityId: t.globalID({ for: CityRef }),
    serviceKey: t.string(),
    status: t.field({ type: ProcessStatusEnum }),
    tag: t.string(),
    licence: t.field({ type: LicenceEnum }),
  }),
});

builder.queryField('processModel', (t) =>
  t.prismaField({
    type: 'ProcessModel',
    nullable: true,
    description: 'A model the viewer may see, else null.',
    authScopes: { signedIn: true },
    args: { id: t.arg.globalID({ required: true, for: ProcessModelRef }) },
    resolve: async (query, _root, { id }, ctx) =>
      ctx.prisma.processModel.findFirst({
        ...query,
        where: { AND: [{ id: id.id }, await visibleModelsWhere(ctx.auth)] },
      }),
  }),
);

builder.queryField('processModels', (t) =>
  t.prismaConnection({
    type: 'ProcessModel',
    cursor: 'id',
    description:
      'Models the viewer may see, filtered, optionally by German full-text search over title, ' +
      'description, tags and activity labels.',
    authScopes: { signedIn: true },
    args: {
      filter: t.arg({ type: ProcessModelFilter }),
      search: t.arg.string({ validate: z.string().max(200).optional() }),
    },
    resolve: async (query, _root, { filter, search }, ctx) => {
      const where: Prisma.ProcessModelWhereInput[] = [await visibleModelsWhere(ctx.auth)];
      if (filter?.cityId) where.push({ cityId: filter.cityId.id });
      if (filter?.serviceKey) where.push({ serviceKey: filter.serviceKey });
      if (filter?.status) where.push({ status: filter.status });
      if (filter?.tag) where.push({ tags: { has: filter.tag } });
      if (filter?.licence) where.push({ licence: filter.licence });
      const terms = search?.trim();
      if (terms) where.push({ id: { in: await searchModelIds(ctx.prisma, terms) } });
      // A stable order (not search rank) keeps cursor pagination consistent across pages.
      return ctx.prisma.processModel.findMany({
        ...query,
        where: { AND: where },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
