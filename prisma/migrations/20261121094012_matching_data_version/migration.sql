-- AlterTable
ALTER TABLE "ProcessModel" ADD COLUMN     "stepTermsVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ProcessVersion" ADD COLUMN     "graphVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ProcessModel_stepTermsVersion_idx" ON "ProcessModel"("stepTermsVersion");
