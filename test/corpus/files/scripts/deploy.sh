#!/usr/bin/env bash
set -euo pipefail

export GITHUB_TOKEN=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
curl -fsS -u deploy:6DaG*9vcSz47 https://nexus.acme.dev/service/rest/v1/components?repository=releases
curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.acme.dev/v1/deploys
docker login -u acme -p dckr_pat_Rkmu-VdFJfJjdQ0QKaaZBEoTKVy docker.io
export VAULT_TOKEN=hvs.CAESIuiygufR-pMZIpycn6dMZI8XpXdlLdqf7Fy3HTYdxm243uzEN5bzvL71PvhUpYStuiCdM1ZoZsOIls8T98wCB6Unwiq
HEROKU_API_KEY=HRKU-AAx5EzgkkfR2VbP03ObZJfZvqqEbAWxWQto6wxH9G1D1S1OxeW21meEYNnlL heroku releases -a acme-web
git clone "https://x-access-token:${GH_TOKEN}@github.com/acme/infra.git"
curl -s "https://api.telegram.org/bot4177591968:AAwvLP_4dRLYZubA-l5Vt3emLkXdpCv_YXD/sendMessage" -d chat_id=42 -d text=deployed
echo "deployed $(git rev-parse HEAD) as 1c0e3761-8d2a-4353-a487-964fb25a5362"
