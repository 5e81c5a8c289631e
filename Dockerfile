# Builds every Vigil app once; the runtime images take what they need.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npx nx run-many -t build --projects=api,worker,web --skip-nx-cache

# Runs migrations and the demo seed (needs the dev tools, so it uses the build stage).
FROM build AS migrate
CMD ["sh", "-c", "npm run db:setup && npm run db:migrate && npm run db:seed"]

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json /app/.npmrc ./
COPY --from=build /app/node_modules ./node_modules
RUN npm prune --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
USER node

FROM runtime AS api
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]

FROM runtime AS worker
CMD ["node", "dist/apps/worker/main.js"]

FROM nginx:1.27-alpine AS web
COPY tools/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
