-- CreateTable
CREATE TABLE "ConversionOverride" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "segmentId" INTEGER,
    "start" INTEGER,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "script" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversionOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConversionOverride_documentId_idx" ON "ConversionOverride"("documentId");

-- AddForeignKey
ALTER TABLE "ConversionOverride" ADD CONSTRAINT "ConversionOverride_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
