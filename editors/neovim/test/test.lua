-- Headless Neovim drives `yoroi lsp`. Uses only APIs Neovim 0.7 has (vim.lsp.start_client,
-- vim.lsp.buf_attach_client, vim.lsp.buf_request_sync, vim.diagnostic.get), so it runs on
-- Debian's neovim as well as on current releases. Exits with :cquit 1 on any failure.

local yoroi = os.getenv('YOROI')
local dir = os.getenv('WORKDIR')
local failures = 0

local function check(ok, message)
  if ok then
    print('ok   ' .. message)
  else
    failures = failures + 1
    print('FAIL ' .. message)
  end
end

local function finish()
  io.stdout:flush()
  if failures > 0 then
    vim.cmd('cquit 1')
  else
    vim.cmd('qall!')
  end
end

local client_id = vim.lsp.start_client({
  name = 'yoroi',
  cmd = { yoroi, 'lsp' },
  root_dir = dir,
})
check(client_id ~= nil, 'the client starts yoroi lsp')

local function open(name)
  vim.cmd('edit ' .. dir .. '/' .. name)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local function has(diagnostics, code, lnum)
  for _, d in ipairs(diagnostics) do
    if d.code == code and (lnum == nil or d.lnum == lnum) then
      return true
    end
  end
  return false
end

-- Waits until the buffer's diagnostics satisfy `predicate`.
local function wait_for(buf, predicate)
  return vim.wait(20000, function()
    return predicate(vim.diagnostic.get(buf))
  end, 50)
end

local function codes(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, string.format('%s@%d', tostring(d.code), d.lnum))
  end
  return table.concat(out, ' ')
end

-- The code action whose title starts with `prefix`, on 0-based `line`.
local function action(buf, line, prefix)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  for _, response in pairs(responses) do
    for _, a in ipairs(response.result or {}) do
      if a.title:sub(1, #prefix) == prefix then
        return a
      end
    end
  end
  return nil
end

local function line(buf, n)
  return vim.api.nvim_buf_get_lines(buf, n, n + 1, false)[1]
end

local ok, err = pcall(function()
  -- Dockerfile
  local docker = open('Dockerfile')
  check(wait_for(docker, function(d) return has(d, 'DKR013', 1) and has(d, 'DKR030', 2) end),
    'Dockerfile: DKR013 on line 2 and DKR030 on line 3 [' .. codes(docker) .. ']')
  local fix = action(docker, 1, 'DKR013:')
  check(fix ~= nil and fix.isPreferred == true, 'Dockerfile: a preferred fix for DKR013')
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
    check(line(docker, 1) == 'LABEL maintainer="someone@example.com"',
      'Dockerfile: the fix rewrites line 2 [' .. tostring(line(docker, 1)) .. ']')
    check(wait_for(docker, function(d) return not has(d, 'DKR013') and has(d, 'DKR030', 2) end),
      'Dockerfile: DKR013 is gone after the edit [' .. codes(docker) .. ']')
  end
  local all = action(docker, 0, 'Apply every safe yoroi fix')
  check(all ~= nil and all.kind == 'source.fixAll', 'Dockerfile: a fix-all action')
  if all then
    vim.lsp.util.apply_workspace_edit(all.edit, 'utf-16')
    check(line(docker, 2) == 'RUN apk add --no-cache curl',
      'Dockerfile: fix all adds --no-cache [' .. tostring(line(docker, 2)) .. ']')
    check(wait_for(docker, function(d) return not has(d, 'DKR030') end),
      'Dockerfile: DKR030 is gone [' .. codes(docker) .. ']')
  end

  -- Kubernetes manifest
  local manifest = open('deploy.yaml')
  check(wait_for(manifest, function(d) return has(d, 'K8S001', 9) and has(d, 'K8S002', 6) end),
    'manifest: K8S001 on line 10 and K8S002 on line 7 [' .. codes(manifest) .. ']')
  local ignore = action(manifest, 9, 'Ignore K8S001 on this line')
  check(ignore ~= nil, 'manifest: an ignore action for K8S001')
  if ignore then
    vim.lsp.util.apply_workspace_edit(ignore.edit, 'utf-16')
    check(line(manifest, 9) == '        privileged: true # yoroi:ignore K8S001 reason="why this is acceptable"',
      'manifest: the ignore comment ends line 10 [' .. tostring(line(manifest, 9)) .. ']')
    check(wait_for(manifest, function(d) return not has(d, 'K8S001') and has(d, 'K8S002', 6) end),
      'manifest: K8S001 is suppressed [' .. codes(manifest) .. ']')
  end

  -- Terraform
  local tf = open('main.tf')
  check(wait_for(tf, function(d) return has(d, 'AWS009', 2) end),
    'main.tf: AWS009 on line 3 [' .. codes(tf) .. ']')
  local file_wide = action(tf, 2, 'Ignore AWS009 in this file')
  check(file_wide ~= nil, 'main.tf: a file-wide ignore action')
  if file_wide then
    vim.lsp.util.apply_workspace_edit(file_wide.edit, 'utf-16')
    check(line(tf, 0) == '# yoroi:ignore-file AWS009 reason="why this is acceptable"',
      'main.tf: the directive is the first line [' .. tostring(line(tf, 0)) .. ']')
    check(wait_for(tf, function(d) return not has(d, 'AWS009') end),
      'main.tf: AWS009 is suppressed [' .. codes(tf) .. ']')
  end

  -- Hover
  local hover = vim.lsp.buf_request_sync(manifest, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(manifest) },
    position = { line = 6, character = 8 },
  }, 10000) or {}
  local text = ''
  for _, response in pairs(hover) do
    if response.result then
      text = response.result.contents.value
    end
  end
  check(text:find('K8S002', 1, true) ~= nil and text:find('**Why:**', 1, true) ~= nil,
    'hover shows the rule and its rationale')

  vim.lsp.stop_client(client_id)
end)
if not ok then
  check(false, 'the test script ran: ' .. tostring(err))
end
finish()
