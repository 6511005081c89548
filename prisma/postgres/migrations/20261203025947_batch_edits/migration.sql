-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "batchId" INTEGER;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "locked" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EditBatch" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "request" TEXT NOT NULL DEFAULT '{}',
    "before" TEXT NOT NULL DEFAULT '[]',
    "author" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "EditBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditBatch_documentId_createdAt_idx" ON "EditBatch"("documentId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_batchId_idx" ON "Revision"("batchId");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "EditBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditBatch" ADD CONSTRAINT "EditBatch_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
