-- AlterTable
ALTER TABLE "ProcessModel" ADD COLUMN     "stepTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ProcessVersion" ADD COLUMN     "graph" JSONB;

-- CreateIndex
CREATE INDEX "ProcessModel_stepTerms_idx" ON "ProcessModel" USING GIN ("stepTerms");
