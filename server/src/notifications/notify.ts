import type {
  FundingApplicationStatus,
  NotificationKind,
  Prisma,
} from '../generated/prisma/client.ts';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  actorName: string;
  modelTitle: string;
  modelId?: string;
  commentId?: string;
  reviewId?: string;
  applicationId?: string;
  applicationTitle?: string;
  applicationStatus?: FundingApplicationStatus;
  daysBefore?: number;
  projectId?: string;
  projectTitle?: string;
}

/** Records in-app notifications inside the caller's transaction: they exist iff the cause does. */
export async function notify(tx: Prisma.TransactionClient, notifications: NewNotification[]) {
  if (notifications.length > 0) await tx.notification.createMany({ data: notifications });
}
