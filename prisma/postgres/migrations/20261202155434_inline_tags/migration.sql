-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "inlineTags" TEXT NOT NULL DEFAULT '';
