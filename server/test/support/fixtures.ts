import type {
  City,
  PartnershipMemberStatus,
  Role,
  User,
} from '../../src/generated/prisma/client.ts';
import { inviteMember } from '../../src/members/invitations.ts';
import type { TestApp } from './testApp.ts';

// Seeding beyond `app.seed`: invitations and partnerships, plus a snapshot of everything a
// member or partnership mutation can change, to prove that a refused mutation changed nothing.

/** An open invitation, created the way the API creates it; `token` is what the link carries. */
export function seedInvitation(
  app: TestApp,
  input: { city: City; email: string; invitedBy: User; role?: Role },
) {
  return inviteMember(app.prisma, {
    cityId: input.city.id,
    email: input.email,
    role: input.role ?? 'PROCESS_OWNER',
    invitedById: input.invitedBy.id,
  });
}

/** A partnership led by `lead` (accepted), with the other cities in the given states. */
export function seedPartnership(
  app: TestApp,
  input: { name: string; lead: City; partners?: [City, PartnershipMemberStatus][] },
) {
  const now = new Date();
  return app.prisma.partnership.create({
    data: {
      name: input.name,
      leadCityId: input.lead.id,
      members: {
        create: [
          { cityId: input.lead.id, status: 'ACCEPTED', respondedAt: now },
          ...(input.partners ?? []).map(([city, status]) => ({
            cityId: city.id,
            status,
            respondedAt: status === 'INVITED' ? null : now,
          })),
        ],
      },
    },
  });
}

/** Every row a member or partnership mutation could touch, in a stable order. */
export async function tenantData(app: TestApp) {
  const byId = { orderBy: { id: 'asc' } } as const;
  const [users, memberships, invitations, partnerships, partnershipMembers] = await Promise.all([
    app.prisma.user.findMany(byId),
    app.prisma.membership.findMany(byId),
    app.prisma.invitation.findMany(byId),
    app.prisma.partnership.findMany(byId),
    app.prisma.partnershipMember.findMany(byId),
  ]);
  return { users, memberships, invitations, partnerships, partnershipMembers };
}
