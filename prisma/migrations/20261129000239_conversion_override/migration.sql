-- CreateTable
CREATE TABLE "ConversionOverride" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "segmentId" INTEGER,
    "start" INTEGER,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "script" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConversionOverride_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ConversionOverride_documentId_idx" ON "ConversionOverride"("documentId");
