FROM node:22-bookworm-slim
# expect: DKR041
RUN npm install -g typescript ts-node@10.9.2 && npm cache clean --force
# expect: DKR041
RUN npm i --global @angular/cli && npm cache clean --force
# expect: DKR041
RUN npm install -g pnpm@latest && npm cache clean --force
# expect: DKR041
RUN yarn global add pm2 && yarn cache clean
