-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'edit';
