# Production image: builds the app and serves it with `node server.mjs` (Next.js + audio files).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
# The fonts the publishing outputs (PDF books, catalogues, labels) are set in.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
# A bounded heap keeps the server under 1 GiB at 50 connections (docs/scaling.md, "Memory").
ENV NODE_OPTIONS="--no-deprecation --max-old-space-size=768"
COPY --from=build /app ./
EXPOSE 3000
ENV PORT=3000
CMD ["node", "server.mjs"]
