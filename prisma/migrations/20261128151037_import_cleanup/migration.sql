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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Document" ("createdAt", "encoding", "id", "note", "raw", "script", "sourceLang", "sourceUrl", "targetLang", "title", "updatedAt") SELECT "createdAt", "encoding", "id", "note", "raw", "script", "sourceLang", "sourceUrl", "targetLang", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
