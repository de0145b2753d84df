-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('IDEA', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProjectTaskState" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'PROJECT_TASK_ASSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'PROJECT_STATUS_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'PROJECT_COMMENT';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "projectId" UUID,
ADD COLUMN     "projectTitle" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ProjectTopic" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "labelDe" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "topicId" UUID NOT NULL,
    "leadCityId" UUID NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'IDEA',
    "startDate" DATE,
    "plannedEndDate" DATE,
    "progressPercent" INTEGER NOT NULL DEFAULT 0,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPartner" (
    "projectId" UUID NOT NULL,
    "cityId" UUID NOT NULL,

    CONSTRAINT "ProjectPartner_pkey" PRIMARY KEY ("projectId","cityId")
);

-- CreateTable
CREATE TABLE "ProjectPartnership" (
    "projectId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,

    CONSTRAINT "ProjectPartnership_pkey" PRIMARY KEY ("projectId","partnershipId")
);

-- CreateTable
CREATE TABLE "ProjectMilestone" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTask" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "assigneeId" UUID,
    "dueDate" DATE,
    "state" "ProjectTaskState" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromStatus" "ProjectStatus",
    "toStatus" "ProjectStatus",
    "fromProgress" INTEGER,
    "toProgress" INTEGER,
    "text" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectProcessModel" (
    "projectId" UUID NOT NULL,
    "modelId" UUID NOT NULL,

    CONSTRAINT "ProjectProcessModel_pkey" PRIMARY KEY ("projectId","modelId")
);

-- CreateTable
CREATE TABLE "ProjectFundingApplication" (
    "projectId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,

    CONSTRAINT "ProjectFundingApplication_pkey" PRIMARY KEY ("projectId","applicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectTopic_key_key" ON "ProjectTopic"("key");

-- CreateIndex
CREATE INDEX "Project_leadCityId_idx" ON "Project"("leadCityId");

-- CreateIndex
CREATE INDEX "Project_status_idx" ON "Project"("status");

-- CreateIndex
CREATE INDEX "Project_topicId_idx" ON "Project"("topicId");

-- CreateIndex
CREATE INDEX "Project_updatedAt_idx" ON "Project"("updatedAt");

-- CreateIndex
CREATE INDEX "ProjectPartner_cityId_idx" ON "ProjectPartner"("cityId");

-- CreateIndex
CREATE INDEX "ProjectPartnership_partnershipId_idx" ON "ProjectPartnership"("partnershipId");

-- CreateIndex
CREATE INDEX "ProjectMilestone_projectId_dueDate_idx" ON "ProjectMilestone"("projectId", "dueDate");

-- CreateIndex
CREATE INDEX "ProjectMilestone_dueDate_idx" ON "ProjectMilestone"("dueDate");

-- CreateIndex
CREATE INDEX "ProjectTask_projectId_idx" ON "ProjectTask"("projectId");

-- CreateIndex
CREATE INDEX "ProjectTask_assigneeId_state_idx" ON "ProjectTask"("assigneeId", "state");

-- CreateIndex
CREATE INDEX "ProjectTask_dueDate_idx" ON "ProjectTask"("dueDate");

-- CreateIndex
CREATE INDEX "ProjectUpdate_projectId_at_idx" ON "ProjectUpdate"("projectId", "at");

-- CreateIndex
CREATE INDEX "ProjectUpdate_at_idx" ON "ProjectUpdate"("at");

-- CreateIndex
CREATE INDEX "ProjectProcessModel_modelId_idx" ON "ProjectProcessModel"("modelId");

-- CreateIndex
CREATE INDEX "ProjectFundingApplication_applicationId_idx" ON "ProjectFundingApplication"("applicationId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ProjectTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_leadCityId_fkey" FOREIGN KEY ("leadCityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartnership" ADD CONSTRAINT "ProjectPartnership_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartnership" ADD CONSTRAINT "ProjectPartnership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMilestone" ADD CONSTRAINT "ProjectMilestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTask" ADD CONSTRAINT "ProjectTask_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTask" ADD CONSTRAINT "ProjectTask_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProcessModel" ADD CONSTRAINT "ProjectProcessModel_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProcessModel" ADD CONSTRAINT "ProjectProcessModel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProcessModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFundingApplication" ADD CONSTRAINT "ProjectFundingApplication_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFundingApplication" ADD CONSTRAINT "ProjectFundingApplication_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: Prisma cannot describe these in schema.prisma and leaves them alone.

ALTER TABLE "Project" ADD CONSTRAINT "Project_progress_range" CHECK ("progressPercent" BETWEEN 0 AND 100);

-- The topics every installation starts with; global admins add more (createProjectTopic).
INSERT INTO "ProjectTopic" ("id", "key", "labelDe", "labelEn", "position") VALUES
  (gen_random_uuid(), 'ONLINE_ACCOUNT', 'Bürgerkonto / Servicekonto', 'Online citizen account', 10),
  (gen_random_uuid(), 'WEBSITE_RELAUNCH', 'Relaunch Internetauftritt', 'Website relaunch', 20),
  (gen_random_uuid(), 'DIGITAL_SERVICES', 'Digitale Bürgerdienste (OZG)', 'Digital citizen services', 30),
  (gen_random_uuid(), 'E_FILE', 'E-Akte', 'E-file', 40),
  (gen_random_uuid(), 'OPEN_DATA', 'Open Data', 'Open data', 50);
