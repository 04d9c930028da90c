# syntax=docker/dockerfile:1.7
#
# The staff console (apps/console) in production: its static build served by nginx, built from the
# repository root (ignore rules in docker/console.Dockerfile.dockerignore):
#
#   docker build -f docker/console.Dockerfile -t tradein-console:1.0.0 .
#
# It serves the single-page app only: /api/<service> reaches the services through the same origin's
# router (the Kubernetes Ingress; in compose, docker/console-api-proxy.conf mounted into
# /etc/nginx/tradein.d/). No "sign in as" in this build: that dev-server endpoint does not exist here.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim
ARG NGINX_IMAGE=nginx:1.27.5-alpine

# ---- build: vite build of the console, with its bundle budget check (nx run console:build) ---------
FROM ${NODE_IMAGE} AS build
WORKDIR /workspace
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false SCARF_ANALYTICS=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
# --ignore-scripts: the bundlers' native binaries come as optional dependencies; nothing needs a script.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts
COPY nx.json tsconfig.json tsconfig.base.json ./
COPY libs ./libs
COPY apps/console ./apps/console
RUN npx nx run console:build --outputStyle=static --skipNxCache

# ---- runtime: nginx, non-root, read-only root filesystem (temp files and pid in /tmp) ----------------
FROM ${NGINX_IMAGE} AS runtime
COPY --chown=root:root docker/console-nginx.conf /etc/nginx/nginx.conf
COPY --from=build --chown=root:root /workspace/dist/apps/console /usr/share/nginx/html
# uid/gid 101: the image's nginx user, numeric so Kubernetes' runAsNonRoot can verify it.
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health/live"]
# SIGQUIT: nginx finishes the requests in flight before it exits.
STOPSIGNAL SIGQUIT
ENTRYPOINT ["nginx", "-g", "daemon off;"]
