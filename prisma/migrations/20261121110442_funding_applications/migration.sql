/*
  Warnings:

  - A unique constraint covering the columns `[calendarTokenHash]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "FundingApplicationStatus" AS ENUM ('DRAFT', 'INTERNAL_REVIEW', 'SUBMITTED', 'APPROVED', 'REJECTED', 'REPORTING', 'CLOSED');

-- CreateEnum
CREATE TYPE "ApplicationPartnerStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ApplicationDocumentState" AS ENUM ('UPLOADED', 'NOT_APPLICABLE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'FUNDING_INVITATION';
ALTER TYPE "NotificationKind" ADD VALUE 'FUNDING_DEADLINE';
ALTER TYPE "NotificationKind" ADD VALUE 'FUNDING_STATUS_CHANGED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "applicationId" UUID,
ADD COLUMN     "applicationStatus" "FundingApplicationStatus",
ADD COLUMN     "applicationTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "daysBefore" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarTokenHash" TEXT;

-- CreateTable
CREATE TABLE "FundingApplication" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "leadCityId" UUID NOT NULL,
    "status" "FundingApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingApplicationPartner" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "status" "ApplicationPartnerStatus" NOT NULL DEFAULT 'INVITED',
    "budgetVersion" INTEGER NOT NULL DEFAULT 1,
    "invitedByName" TEXT NOT NULL,
    "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedByName" TEXT,
    "respondedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FundingApplicationPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "category" "FundingCostCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "eligible" BOOLEAN NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "requirement" TEXT NOT NULL,
    "state" "ApplicationDocumentState" NOT NULL,
    "notApplicableReason" TEXT,
    "fileName" TEXT,
    "mediaType" TEXT,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "updatedByName" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationTransition" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "fromStatus" "FundingApplicationStatus" NOT NULL,
    "toStatus" "FundingApplicationStatus" NOT NULL,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSnapshot" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "transitionId" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingApplicationProcessModel" (
    "applicationId" UUID NOT NULL,
    "modelId" UUID NOT NULL,

    CONSTRAINT "FundingApplicationProcessModel_pkey" PRIMARY KEY ("applicationId","modelId")
);

-- CreateIndex
CREATE INDEX "FundingApplication_leadCityId_idx" ON "FundingApplication"("leadCityId");

-- CreateIndex
CREATE INDEX "FundingApplication_programmeId_idx" ON "FundingApplication"("programmeId");

-- CreateIndex
CREATE INDEX "FundingApplicationPartner_cityId_status_idx" ON "FundingApplicationPartner"("cityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FundingApplicationPartner_applicationId_cityId_key" ON "FundingApplicationPartner"("applicationId", "cityId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_applicationId_cityId_position_key" ON "BudgetLine"("applicationId", "cityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationDocument_applicationId_cityId_requirement_key" ON "ApplicationDocument"("applicationId", "cityId", "requirement");

-- CreateIndex
CREATE INDEX "ApplicationTransition_applicationId_at_idx" ON "ApplicationTransition"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSnapshot_transitionId_key" ON "ApplicationSnapshot"("transitionId");

-- CreateIndex
CREATE INDEX "ApplicationSnapshot_applicationId_createdAt_idx" ON "ApplicationSnapshot"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "FundingApplicationProcessModel_modelId_idx" ON "FundingApplicationProcessModel"("modelId");

-- CreateIndex
CREATE INDEX "Notification_applicationId_idx" ON "Notification"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplication" ADD CONSTRAINT "FundingApplication_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "FundingProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplication" ADD CONSTRAINT "FundingApplication_leadCityId_fkey" FOREIGN KEY ("leadCityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplication" ADD CONSTRAINT "FundingApplication_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplicationPartner" ADD CONSTRAINT "FundingApplicationPartner_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplicationPartner" ADD CONSTRAINT "FundingApplicationPartner_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_applicationId_cityId_fkey" FOREIGN KEY ("applicationId", "cityId") REFERENCES "FundingApplicationPartner"("applicationId", "cityId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationTransition" ADD CONSTRAINT "ApplicationTransition_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSnapshot" ADD CONSTRAINT "ApplicationSnapshot_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSnapshot" ADD CONSTRAINT "ApplicationSnapshot_transitionId_fkey" FOREIGN KEY ("transitionId") REFERENCES "ApplicationTransition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplicationProcessModel" ADD CONSTRAINT "FundingApplicationProcessModel_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "FundingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplicationProcessModel" ADD CONSTRAINT "FundingApplicationProcessModel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProcessModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: Prisma cannot describe these in schema.prisma and leaves them alone.

-- Each deadline reminder (14, 7, 1 days ahead) reaches a user once per application, even when
-- several API instances run the reminder job at once (they insert with ON CONFLICT DO NOTHING).
-- The predicate names the column, not the new enum value: a value added in this transaction
-- cannot be used in it yet.
CREATE UNIQUE INDEX "Notification_deadline_reminder_key"
  ON "Notification" ("userId", "applicationId", "daysBefore")
  WHERE "daysBefore" IS NOT NULL;

-- A submission snapshot is what was sent to the funder: the database refuses to change it.
CREATE FUNCTION "application_snapshot_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ApplicationSnapshot rows are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ApplicationSnapshot_no_update"
  BEFORE UPDATE ON "ApplicationSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "application_snapshot_immutable"();

-- Money is never negative.
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_amount_nonnegative" CHECK ("amountCents" >= 0);
