-- CreateTable
CREATE TABLE "MtCacheEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "request" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'text',
    "cleanup" TEXT,
    "script" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL DEFAULT 'zh',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "sourceUrl" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "mtStyleNote" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Document" ("cleanup", "createdAt", "encoding", "format", "id", "note", "raw", "script", "sourceLang", "sourceUrl", "targetLang", "title", "updatedAt") SELECT "cleanup", "createdAt", "encoding", "format", "id", "note", "raw", "script", "sourceLang", "sourceUrl", "targetLang", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
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
    "origin" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Revision_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("author", "clientEditId", "createdAt", "id", "kind", "segmentId", "status", "target", "version") SELECT "author", "clientEditId", "createdAt", "id", "kind", "segmentId", "status", "target", "version" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_segmentId_createdAt_idx" ON "Revision"("segmentId", "createdAt");
CREATE UNIQUE INDEX "Revision_segmentId_clientEditId_key" ON "Revision"("segmentId", "clientEditId");
CREATE TABLE "new_Segment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'body',
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'untranslated',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "inlineTags" TEXT NOT NULL DEFAULT '',
    "origin" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Segment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Segment" ("createdAt", "documentId", "id", "inlineTags", "kind", "position", "source", "status", "target", "updatedAt", "version") SELECT "createdAt", "documentId", "id", "inlineTags", "kind", "position", "source", "status", "target", "updatedAt", "version" FROM "Segment";
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE INDEX "Segment_documentId_position_idx" ON "Segment"("documentId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
