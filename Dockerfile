# Newsroom: Next.js standalone server with Payload CMS embedded.
# Debian slim (glibc), not alpine: sharp and @libsql/client ship prebuilt linux-x64 glibc binaries.
FROM node:20.20.2-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# ---- deps: full install (dev dependencies are needed to build) ----
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- build ----
FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# No PAYLOAD_SECRET or database needed here: the build phase is exempt (next.config.ts, lib/env.ts).
# The runner copies public/, so it must exist even in a checkout without static files.
RUN mkdir -p public \
 && NEXT_OUTPUT=standalone npm run build

# ---- runner: only the traced standalone output, plus our server (server.ts bundled by npm run build) ----
FROM base AS runner
ENV NODE_ENV=production \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    MEDIA_DIR=/app/media

# Owned by the runtime user so uploads, SQLite (if no DATABASE_URI) and the image cache are writable;
# a fresh named volume on /app/media inherits this ownership.
RUN mkdir -p /app/media /app/data && chown node:node /app/media /app/data

COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Replaces Next's generated server.js: the same Next request handler behind the in-memory page
# cache. It finds no next.config.ts here and reads the build's resolved config, as server.js does.
COPY --from=build --chown=node:node /app/dist/server.cjs ./dist/server.cjs

# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 3000

# slim images have no curl. The long start period covers migrations and the first-run demo seed.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/tags?limit=1',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

CMD ["node", "dist/server.cjs"]
