-- CreateTable
CREATE TABLE "AuditLogEntry" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "userDisplayName" TEXT,
    "cityId" UUID,
    "operation" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "targetId" TEXT,

    CONSTRAINT "AuditLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditLogEntry_cityId_createdAt_id_idx" ON "AuditLogEntry"("cityId", "createdAt" DESC, "id" DESC);
