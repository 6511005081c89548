-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "segmentId" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "author" TEXT NOT NULL DEFAULT '',
    "clientEditId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL DEFAULT 'edit',
    CONSTRAINT "Revision_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("author", "clientEditId", "createdAt", "id", "segmentId", "status", "target", "version") SELECT "author", "clientEditId", "createdAt", "id", "segmentId", "status", "target", "version" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_segmentId_createdAt_idx" ON "Revision"("segmentId", "createdAt");
CREATE UNIQUE INDEX "Revision_segmentId_clientEditId_key" ON "Revision"("segmentId", "clientEditId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
