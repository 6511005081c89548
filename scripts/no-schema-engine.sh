#!/bin/sh
# Stand-in for Prisma's native schema-engine, which cannot be downloaded here.
# `prisma generate` only checks that this file exists; anything that really needs
# the engine fails loudly. Migrations: npm run db:migrate / npm run db:deploy (scripts/migrate.mjs).
echo "No native Prisma schema-engine offline: use 'npm run db:migrate' / 'npm run db:deploy'." >&2
exit 1
