-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "cleanup" TEXT,
ADD COLUMN     "format" TEXT NOT NULL DEFAULT 'text';
