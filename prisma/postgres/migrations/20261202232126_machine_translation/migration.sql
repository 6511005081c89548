-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "mtStyleNote" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "MtCacheEntry" (
    "id" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MtCacheEntry_pkey" PRIMARY KEY ("id")
);
