import type {
  City,
  Partnership,
  ProjectStatus,
  ProjectTaskState,
  ProjectTopic,
  User,
  Visibility,
} from '../src/generated/prisma/client.ts';
import type { TestApp } from './support/testApp.ts';

// Projects written straight into the database with a backdated past (creation, status log,
// milestones reached), which the API cannot do: the report and dashboard tests need history.

type Change = [at: string, from: ProjectStatus, to: ProjectStatus, progress?: [number, number]];

export interface SeedProject {
  title: string;
  lead: City;
  partners?: City[];
  topic: ProjectTopic;
  status: ProjectStatus;
  progress?: number;
  visibility?: Visibility;
  sharedWith?: Partnership[];
  createdAt: string;
  updatedAt?: string;
  history?: Change[];
  milestones?: { title: string; dueDate: string; doneAt?: string }[];
  tasks?: { title: string; dueDate?: string; state?: ProjectTaskState; assignee?: User }[];
  processModelIds?: string[];
  fundingApplicationIds?: string[];
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

export function seedProject(app: TestApp, input: SeedProject) {
  return app.prisma.project.create({
    data: {
      title: input.title,
      topicId: input.topic.id,
      leadCityId: input.lead.id,
      status: input.status,
      progressPercent: input.progress ?? 0,
      visibility: input.visibility ?? 'PRIVATE',
      createdAt: new Date(input.createdAt),
      updatedAt: new Date(input.updatedAt ?? input.createdAt),
      partners: { create: (input.partners ?? []).map((city) => ({ cityId: city.id })) },
      sharedWith: { create: (input.sharedWith ?? []).map((p) => ({ partnershipId: p.id })) },
      updates: {
        create: (input.history ?? []).map(([at, fromStatus, toStatus, progress]) => ({
          actorName: 'Test',
          at: new Date(at),
          fromStatus,
          toStatus,
          fromProgress: progress?.[0] ?? null,
          toProgress: progress?.[1] ?? null,
          text: `${fromStatus} → ${toStatus}`,
        })),
      },
      milestones: {
        create: (input.milestones ?? []).map((m) => ({
          title: m.title,
          dueDate: day(m.dueDate),
          doneAt: m.doneAt ? new Date(m.doneAt) : null,
        })),
      },
      tasks: {
        create: (input.tasks ?? []).map((task) => ({
          title: task.title,
          dueDate: task.dueDate ? day(task.dueDate) : null,
          state: task.state ?? 'OPEN',
          assigneeId: task.assignee?.id ?? null,
        })),
      },
      processModels: { create: (input.processModelIds ?? []).map((modelId) => ({ modelId })) },
      fundingApplications: {
        create: (input.fundingApplicationIds ?? []).map((applicationId) => ({ applicationId })),
      },
    },
  });
}

export function seedProcessModel(
  app: TestApp,
  input: { city: City; author: User; title: string; visibility: Visibility },
) {
  return app.prisma.processModel.create({
    data: {
      cityId: input.city.id,
      createdById: input.author.id,
      title: input.title,
      visibility: input.visibility,
    },
  });
}

/** An application of `lead` with `partners` accepted; only their people may read it. */
export async function seedFundingApplication(
  app: TestApp,
  input: { title: string; lead: City; partners?: City[] },
) {
  const programme = await app.prisma.fundingProgramme.create({
    data: {
      name: `Programm für ${input.title}`,
      funder: 'Land Baden-Württemberg',
      rateBasisPoints: 8000,
      eligibleCategories: ['PERSONNEL'],
    },
  });
  return app.prisma.fundingApplication.create({
    data: {
      title: input.title,
      programmeId: programme.id,
      leadCityId: input.lead.id,
      status: 'SUBMITTED',
      partners: {
        create: [input.lead, ...(input.partners ?? [])].map((city) => ({
          cityId: city.id,
          status: 'ACCEPTED' as const,
          invitedByName: 'Test',
        })),
      },
    },
    include: { programme: true },
  });
}
