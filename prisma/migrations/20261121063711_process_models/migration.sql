-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PRIVATE', 'PARTNERS', 'PUBLIC');

-- CreateEnum
CREATE TYPE "ProcessStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'RELEASED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Licence" AS ENUM ('DL_DE_ZERO_2_0', 'DL_DE_BY_2_0', 'CC_BY_4_0', 'INTERNAL_USE_ONLY');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('PENDING', 'APPROVED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'REVIEW_REQUESTED', 'REVIEW_SUBMITTED', 'COMMENT_REPLY');

-- CreateTable
CREATE TABLE "ProcessModel" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "serviceKey" CHAR(14),
    "tags" TEXT[],
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "licence" "Licence" NOT NULL DEFAULT 'INTERNAL_USE_ONLY',
    "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE',
    "status" "ProcessStatus" NOT NULL DEFAULT 'DRAFT',
    "latestVersionNumber" INTEGER NOT NULL DEFAULT 0,
    "metaVersion" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedFromVersionId" UUID,

    CONSTRAINT "ProcessModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessModelPartnership" (
    "modelId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,

    CONSTRAINT "ProcessModelPartnership_pkey" PRIMARY KEY ("modelId","partnershipId")
);

-- CreateTable
CREATE TABLE "ProcessVersion" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" UUID NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "xml" TEXT NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "gatewayCount" INTEGER NOT NULL,
    "laneCount" INTEGER NOT NULL,
    "elementCount" INTEGER NOT NULL,
    "activityLabels" TEXT[],
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "lintFindings" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ProcessVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "versionId" UUID,
    "elementId" TEXT,
    "parentId" UUID,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" UUID,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "decision" "ReviewDecision" NOT NULL DEFAULT 'PENDING',
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "modelId" UUID,
    "commentId" UUID,
    "reviewId" UUID,
    "actorName" TEXT NOT NULL,
    "modelTitle" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProcessModel_cityId_idx" ON "ProcessModel"("cityId");

-- CreateIndex
CREATE INDEX "ProcessModel_serviceKey_idx" ON "ProcessModel"("serviceKey");

-- CreateIndex
CREATE INDEX "ProcessModel_adoptedFromVersionId_idx" ON "ProcessModel"("adoptedFromVersionId");

-- CreateIndex
CREATE INDEX "ProcessModelPartnership_partnershipId_idx" ON "ProcessModelPartnership"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessVersion_modelId_number_key" ON "ProcessVersion"("modelId", "number");

-- CreateIndex
CREATE INDEX "Comment_modelId_createdAt_idx" ON "Comment"("modelId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE INDEX "Review_modelId_idx" ON "Review"("modelId");

-- CreateIndex
CREATE INDEX "Review_reviewerId_decision_idx" ON "Review"("reviewerId", "decision");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "ProcessModel" ADD CONSTRAINT "ProcessModel_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessModel" ADD CONSTRAINT "ProcessModel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessModel" ADD CONSTRAINT "ProcessModel_adoptedFromVersionId_fkey" FOREIGN KEY ("adoptedFromVersionId") REFERENCES "ProcessVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessModelPartnership" ADD CONSTRAINT "ProcessModelPartnership_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProcessModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessModelPartnership" ADD CONSTRAINT "ProcessModelPartnership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessVersion" ADD CONSTRAINT "ProcessVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProcessModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessVersion" ADD CONSTRAINT "ProcessVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProcessModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcessVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ProcessModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcessVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- German full-text search over title, description, tags and activity labels. Prisma cannot
-- describe expression indexes in schema.prisma; it leaves this one alone (see README).
CREATE INDEX "ProcessModel_searchText_fts" ON "ProcessModel" USING GIN (to_tsvector('german', "searchText"));
