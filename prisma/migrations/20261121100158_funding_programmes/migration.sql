-- CreateEnum
CREATE TYPE "FundingCostCategory" AS ENUM ('PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE', 'TRAINING');

-- CreateTable
CREATE TABLE "FundingProgramme" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "funder" TEXT NOT NULL,
    "callUrl" TEXT,
    "rateBasisPoints" INTEGER NOT NULL,
    "capPerMunicipalityCents" BIGINT,
    "capPerApplicationCents" BIGINT,
    "minOwnShareBasisPoints" INTEGER,
    "eligibleCategories" "FundingCostCategory"[],
    "deadline" DATE,
    "requiredDocuments" TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingProgramme_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Programme names are unique regardless of case. Prisma cannot describe expression indexes in
-- schema.prisma; it leaves this one alone (see README).
CREATE UNIQUE INDEX "FundingProgramme_name_lower_key" ON "FundingProgramme" (lower("name"));
