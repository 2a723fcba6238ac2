// Starts `yoroi lsp` for Dockerfiles, Terraform and Kubernetes YAML and restarts it when the
// executable or its arguments change. Settings under `yoroi.*` are passed to the server at
// start (initializationOptions) and on every change (workspace/didChangeConfiguration).

import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function serverSettings(config: vscode.WorkspaceConfiguration) {
  return {
    severity: config.get<string>("severity", "info"),
    checksDirs: config.get<string[]>("checksDirs", []),
  };
}

// The executable to run: `yoroi.path` when set; else, with `yoroi.useBundled` (default), the
// binary shipped inside a platform-specific extension (`bin/yoroi`); else `yoroi` on PATH.
function executable(context: vscode.ExtensionContext, config: vscode.WorkspaceConfiguration): string {
  const configured = config.get<string>("path", "");
  if (configured) {
    return configured;
  }
  if (config.get<boolean>("useBundled", true)) {
    const name = process.platform === "win32" ? "yoroi.exe" : "yoroi";
    const bundled = path.join(context.extensionPath, "bin", name);
    if (fs.existsSync(bundled)) {
      return bundled;
    }
  }
  return "yoroi";
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("yoroi");
  const command = executable(context, config);
  const args = config.get<string[]>("args", ["lsp"]);
  const serverOptions: ServerOptions = {
    run: { command, args },
    debug: { command, args },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "dockerfile" },
      { scheme: "file", language: "terraform" },
      { scheme: "file", language: "terraform-vars" },
      { scheme: "file", language: "yaml" },
      { scheme: "file", pattern: "**/{Dockerfile,Containerfile}*" },
      { scheme: "file", pattern: "**/*.{tf,tfvars,tf.json}" },
    ],
    initializationOptions: serverSettings(config),
    synchronize: {
      configurationSection: "yoroi",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/.yoroi.toml"),
    },
  };
  client = new LanguageClient("yoroi", "yoroi", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `yoroi: cannot start \`${command} ${args.join(" ")}\`: ${error}. ` +
        "Install yoroi or set `yoroi.path`."
    );
  }
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    await client.stop();
    client = undefined;
  }
  await start(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("yoroi.restart", () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("yoroi.path") ||
        event.affectsConfiguration("yoroi.useBundled") ||
        event.affectsConfiguration("yoroi.args")) {
        void restart(context);
      }
    })
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
