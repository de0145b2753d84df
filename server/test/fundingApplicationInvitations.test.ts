import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApplicationView,
  errorCodes,
  INVITE_PARTNER,
  partnerStatuses,
  resultOf,
} from './support/fundingOperations.ts';
import { accept, newApplication, readApplication, respond } from './support/fundingSteps.ts';
import { type FundingWorld, fundingData, seedFundingWorld } from './support/fundingWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('partner invitations', () => {
  let app: TestApp;
  let w: FundingWorld;
  let application: ApplicationView;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app);
    application = await newApplication(w, { partners: ['ludwigsburg', 'waiblingen'] });
  });
  afterEach(() => app.close());

  it('are accepted or declined by the invited city’s funding officer, once', async () => {
    const accepted = resultOf(await respond(w, application.id, 'ludwigsburg', true));
    expect(accepted?.__typename).toBe('MutationRespondToApplicationInviteSuccess');
    expect(partnerStatuses(accepted?.data as ApplicationView)).toEqual({
      esslingen: 'ACCEPTED',
      ludwigsburg: 'ACCEPTED',
      waiblingen: 'INVITED',
    });
    expect(accepted?.data).toMatchObject({
      viewerCanEditBudgetOf: [w.cityId('ludwigsburg')],
      viewerPendingInvitationCityIds: [],
    });
    const declined = resultOf(await respond(w, application.id, 'waiblingen', false));
    expect(partnerStatuses(declined?.data as ApplicationView)).toMatchObject({
      waiblingen: 'DECLINED',
    });

    const before = await fundingData(app);
    for (const [city, answer] of [
      ['ludwigsburg', false],
      ['waiblingen', true],
    ] as const) {
      const again = resultOf(await respond(w, application.id, city, answer));
      if (city === 'waiblingen') {
        // A city that declined no longer sees the application at all.
        expect(again).toMatchObject({ __typename: 'NotFoundError' });
      } else {
        expect(again).toMatchObject({
          __typename: 'ConflictError',
          reason: 'INVITATION_NOT_PENDING',
        });
      }
    }
    expect(await fundingData(app)).toEqual(before);
    const stored = await app.prisma.fundingApplicationPartner.findFirstOrThrow({
      where: { cityId: w.cities.ludwigsburg.id },
    });
    expect(stored).toMatchObject({ status: 'ACCEPTED', respondedByName: 'lena' });
    expect(stored.respondedAt).toBeInstanceOf(Date);

    // The lead sees the refusal; the checklist no longer asks for Waiblingen's letter.
    const forLead = await readApplication(w, application.id);
    expect(partnerStatuses(forLead as ApplicationView)).toEqual({
      esslingen: 'ACCEPTED',
      ludwigsburg: 'ACCEPTED',
      waiblingen: 'DECLINED',
    });
    expect(forLead?.checklist.map((c) => c.city.slug)).not.toContain('waiblingen');

    // Asked again, Waiblingen sees the application and may answer anew.
    const reinvited = resultOf(
      await w.as('elke', INVITE_PARTNER, {
        applicationId: application.id,
        cityId: w.cityId('waiblingen'),
      }),
    );
    expect(partnerStatuses(reinvited?.data as ApplicationView)).toMatchObject({
      waiblingen: 'INVITED',
    });
    expect(
      (await readApplication(w, application.id, 'wanda'))?.viewerPendingInvitationCityIds,
    ).toEqual([w.cityId('waiblingen')]);
  });

  it('cannot be answered by someone else: a coordinator, the lead, or a city not invited', async () => {
    const before = await fundingData(app);
    // Ludwigsburg's coordinator sees the invitation but may not answer it.
    const coordinator = await respond(w, application.id, 'ludwigsburg', true, 'lars');
    expect(errorCodes(coordinator)).toEqual(['FORBIDDEN']);
    // Esslingen's funding officer may not answer for Ludwigsburg.
    const lead = await respond(w, application.id, 'ludwigsburg', true, 'elke');
    expect(errorCodes(lead)).toEqual(['FORBIDDEN']);
    // Tübingen was never invited: the application does not exist for it.
    const outsider = await respond(w, application.id, 'tuebingen', true);
    expect(outsider.errors).toBeUndefined();
    expect(resultOf(outsider)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await fundingData(app)).toEqual(before);
  });

  it('lets a city admin of the invited city answer', async () => {
    const res = resultOf(await respond(w, application.id, 'ludwigsburg', true, 'lisa'));
    expect(partnerStatuses(res?.data as ApplicationView)).toMatchObject({
      ludwigsburg: 'ACCEPTED',
    });
  });

  it('are sent by the lead’s funding officer only, never to a city already taking part', async () => {
    const invite = (
      as: 'elke' | 'lena' | 'emil',
      city: 'tuebingen' | 'ludwigsburg' | 'esslingen',
    ) => w.as(as, INVITE_PARTNER, { applicationId: application.id, cityId: w.cityId(city) });

    await accept(w, application.id, 'ludwigsburg');
    const before = await fundingData(app);
    for (const as of ['lena', 'emil'] as const) {
      expect({ as, codes: errorCodes(await invite(as, 'tuebingen')) }).toEqual({
        as,
        codes: ['FORBIDDEN'],
      });
    }
    for (const city of ['esslingen', 'ludwigsburg'] as const) {
      expect(resultOf(await invite('elke', city))).toMatchObject({
        __typename: 'ConflictError',
        reason: 'ALREADY_PARTNER',
      });
    }
    // Waiblingen is still invited: also "already a partner".
    const waiblingen = await w.as('elke', INVITE_PARTNER, {
      applicationId: application.id,
      cityId: w.cityId('waiblingen'),
    });
    expect(resultOf(waiblingen)).toMatchObject({
      __typename: 'ConflictError',
      reason: 'ALREADY_PARTNER',
    });
    expect(await fundingData(app)).toEqual(before);

    const invited = resultOf(await invite('elke', 'tuebingen'));
    expect(partnerStatuses(invited?.data as ApplicationView)).toMatchObject({
      tuebingen: 'INVITED',
    });
    expect(
      (await readApplication(w, application.id, 'tom'))?.viewerPendingInvitationCityIds,
    ).toEqual([w.cityId('tuebingen')]);
  });
});
