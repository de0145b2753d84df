import type { Auth } from '../auth/authz.ts';
import { forbidden } from '../auth/authz.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { FundingApplicationStatus, Prisma, PrismaClient } from '../generated/prisma/client.ts';

/**
 * Who may do what with a joint funding application. Reading: coordinators, funding officers and
 * admins of the lead city and of invited or accepted partner cities (`Auth.fundingApplicationIds`).
 * Everyone else gets "not found", so a city that is not a partner cannot even learn that an
 * application exists.
 */
export async function visibleApplicationsWhere(
  auth: Auth,
): Promise<Prisma.FundingApplicationWhereInput> {
  const ids = await auth.fundingApplicationIds();
  return ids === 'all' ? {} : { id: { in: [...ids] } };
}

/** Throws NotFoundError unless the viewer may read the application. */
export async function assertCanView(auth: Auth, applicationId: string) {
  auth.requireUser();
  if (!(await auth.canViewFundingApplication(applicationId))) {
    throw new NotFoundError('FundingApplication');
  }
}

/** The lead city's funding officers (and global admins) manage partners, texts and the workflow. */
export function canManage(auth: Auth, application: { leadCityId: string }) {
  return auth.can('fundingApplication:edit', { cityId: application.leadCityId });
}

export async function assertCanManage(auth: Auth, application: { leadCityId: string }) {
  if (!(await canManage(auth, application))) throw forbidden();
}

/** A partner's funding officers edit that city's own budget lines and documents, nobody else's. */
export async function editableCityIds(
  auth: Auth,
  application: { status: FundingApplicationStatus; partners: { cityId: string; status: string }[] },
): Promise<string[]> {
  if (application.status === 'CLOSED') return [];
  const allowed = await auth.cityIdsWith('fundingApplication:edit');
  return application.partners
    .filter((p) => p.status === 'ACCEPTED')
    .map((p) => p.cityId)
    .filter((cityId) => allowed === 'all' || allowed.includes(cityId));
}

export async function assertCanEditCity(auth: Auth, cityId: string) {
  if (!(await auth.can('fundingApplication:edit', { cityId }))) throw forbidden();
}

/** A closed application is archived: nothing changes any more. */
export function assertOpen(application: { status: FundingApplicationStatus }) {
  if (application.status === 'CLOSED') {
    throw new ConflictError(
      'APPLICATION_CLOSED',
      'The application is closed and can no longer be changed.',
    );
  }
}

/**
 * Locks the application row for the rest of the transaction, so that a submission and a budget
 * change do not interleave: the snapshot then shows exactly one consistent state.
 */
export async function lockApplication(tx: Prisma.TransactionClient, applicationId: string) {
  await tx.$queryRaw`SELECT 1 FROM "FundingApplication" WHERE "id" = ${applicationId}::uuid FOR UPDATE`;
}

export async function loadApplication(
  prisma: PrismaClient | Prisma.TransactionClient,
  applicationId: string,
) {
  const application = await prisma.fundingApplication.findUnique({
    where: { id: applicationId },
    include: { partners: true, programme: true },
  });
  if (!application) throw new NotFoundError('FundingApplication');
  return application;
}
