import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  accept,
  budget,
  moveThrough,
  newApplication,
  standardLines,
} from './support/fundingSteps.ts';
import { euros, type FundingWorld, seedFundingWorld } from './support/fundingWorld.ts';
import { createTestApp, type PrismaOperation, type TestApp } from './support/testApp.ts';

describe('Prisma operations of the application list stay constant as it grows', () => {
  let app: TestApp;
  let w: FundingWorld;
  const operations: PrismaOperation[] = [];

  // What the SPA's list page asks for (web/src/graphql/fundingApplications.graphql).
  const SPA_LIST = `{
    fundingApplications {
      id title status updatedAt
      programme { id name deadline }
      leadCity { id name }
      partners { isLead status city { id } }
    }
  }`;

  // A client may ask for more in the list: figures, checklist, links, what it may do.
  const RICH_LIST = `{
    fundingApplications {
      id title status updatedAt
      programme { name deadline }
      leadCity { name }
      partners { status isLead city { name } lines { amount } }
      statement { total { grant ownShare } flags { code } }
      checklist { state requirement document { sha256 } }
      processModels { title }
      transitions { to actorName }
      allowedTransitions viewerCanManage viewerCanEditBudgetOf viewerPendingInvitationCityIds
    }
  }`;

  beforeEach(async () => {
    operations.length = 0;
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    w = await seedFundingWorld(app);
  });
  afterEach(() => app.close());

  async function addApplications(from: number, count: number) {
    for (let n = from; n < from + count; n++) {
      const created = await newApplication(w, {
        title: `Antrag ${n}`,
        partners: ['ludwigsburg', 'waiblingen'],
      });
      await accept(w, created.id, 'ludwigsburg');
      await budget(w, created.id, 'esslingen', standardLines.esslingen);
      await budget(w, created.id, 'ludwigsburg', standardLines.ludwigsburg);
      await moveThrough(w, created.id, 'DRAFT', 'INTERNAL_REVIEW');
    }
  }

  async function measure(query: string) {
    operations.length = 0;
    const res = await w.as('lena', query);
    expect(res.errors).toBeUndefined();
    return { data: res.data, operations: operations.map((o) => `${o.model}.${o.operation}`) };
  }

  it('answers the SPA’s list of 1 or 5 applications with the same Prisma operations', async () => {
    await addApplications(0, 1);
    const one = await measure(SPA_LIST);
    expect(one.data.fundingApplications).toHaveLength(1);
    await addApplications(1, 4);
    const five = await measure(SPA_LIST);
    expect(five.data.fundingApplications).toHaveLength(5);
    expect(five.operations).toEqual(one.operations);
    const [newest] = five.data.fundingApplications;
    expect(newest).toMatchObject({ title: 'Antrag 4', status: 'INTERNAL_REVIEW' });
    // The lead first (contract and schema agree on that much).
    expect(newest.partners[0]).toEqual({
      isLead: true,
      status: 'ACCEPTED',
      city: { id: w.cityId('esslingen') },
    });
  });

  it('adds figures, checklist, links and permissions without a query per application', async () => {
    await addApplications(0, 1);
    const one = await measure(RICH_LIST);
    await addApplications(1, 4);
    const five = await measure(RICH_LIST);
    expect(five.data.fundingApplications).toHaveLength(5);
    expect(five.data.fundingApplications[4]).toMatchObject({
      title: 'Antrag 0',
      statement: { total: { grant: euros(64_000), ownShare: euros(26_000) } },
      transitions: [{ to: 'INTERNAL_REVIEW', actorName: 'elke' }],
      viewerCanEditBudgetOf: [w.cityId('ludwigsburg')],
    });
    expect(five.operations).toEqual(one.operations);
  });
});
