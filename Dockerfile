# The API and explorer (npm start: ingest corpus/ if it changed, then serve), on the Neo4j store.
FROM node:20

WORKDIR /app
RUN chown node:node /app
USER node

COPY --chown=node:node package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

COPY --chown=node:node . .
# Created here so that a named volume mounted on it belongs to the node user.
RUN mkdir -p /app/.kg

ENV KG_STORE=neo4j \
    HOST=0.0.0.0 \
    PORT=3000 \
    KG_DATA_DIR=/app/.kg
EXPOSE 3000
CMD ["npm", "start"]
