-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Term" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER,
    "projectId" INTEGER,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "usage" TEXT NOT NULL DEFAULT 'preferred',
    "status" TEXT NOT NULL DEFAULT 'approved',
    "proposedBy" TEXT NOT NULL DEFAULT '',
    "approvedBy" TEXT,
    "approvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Term_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Term_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Term" ("createdAt", "documentId", "id", "note", "projectId", "source", "target", "updatedAt", "usage") SELECT "createdAt", "documentId", "id", "note", "projectId", "source", "target", "updatedAt", "usage" FROM "Term";
DROP TABLE "Term";
ALTER TABLE "new_Term" RENAME TO "Term";
CREATE INDEX "Term_source_idx" ON "Term"("source");
CREATE INDEX "Term_status_idx" ON "Term"("status");
CREATE INDEX "Term_documentId_idx" ON "Term"("documentId");
CREATE INDEX "Term_projectId_idx" ON "Term"("projectId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
