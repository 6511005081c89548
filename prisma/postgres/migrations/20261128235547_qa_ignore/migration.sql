-- CreateTable
CREATE TABLE "QaIgnore" (
    "id" SERIAL NOT NULL,
    "segmentId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaIgnore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QaIgnore_segmentId_key_key" ON "QaIgnore"("segmentId", "key");

-- AddForeignKey
ALTER TABLE "QaIgnore" ADD CONSTRAINT "QaIgnore_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
